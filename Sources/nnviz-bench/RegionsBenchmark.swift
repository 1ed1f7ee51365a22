import Foundation
import NNVizAnalysis
import NNVizEngine

/// `nnviz-bench regions FILE…`: exact 2-D regions of each net file (the plain-text format of
/// bench/regions_reference.py) on [-3, 3]², printing "nnviz <regions> <seconds> <peak_rss_kb>" per file.
/// Run one file per process to get a per-net peak RSS.
func runRegionsBenchmark(_ files: [String]) {
    for path in files {
        guard let network = readBenchmarkNet(path) else {
            print("nnviz-bench: cannot read net file \(path)")
            continue
        }
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = cpuSeconds()
        do {
            let r = try Regions2D.compute(network: network, domain: [-3...3, -3...3], limit: Int.max)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let cpu = cpuSeconds() - cpuStart
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            print("nnviz \(r.regionCount) \(String(format: "%.4f", seconds)) \(usage.ru_maxrss) \(String(format: "%.4f", cpu))")
        } catch {
            print("nnviz-bench: \(error)")
        }
    }
}

/// Layers count, then per layer "units inputs", units rows of weights (units × inputs), one row of biases.
/// Hidden layers are relu, the last is identity.
func readBenchmarkNet(_ path: String) -> Network? {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    let tokens = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
    var pos = 0
    func next() -> Double? {
        guard pos < tokens.count, let v = Double(tokens[pos]) else { return nil }
        pos += 1
        return v
    }
    guard let count = next() else { return nil }
    var layers: [DenseLayer] = []
    for l in 0..<Int(count) {
        guard let units = next(), let inputs = next() else { return nil }
        var w: [Double] = []
        for _ in 0..<(Int(units) * Int(inputs)) { guard let v = next() else { return nil }; w.append(v) }
        var b: [Double] = []
        for _ in 0..<Int(units) { guard let v = next() else { return nil }; b.append(v) }
        layers.append(DenseLayer(weights: Matrix(rows: Int(units), columns: Int(inputs), storage: w), biases: b,
                                 activation: l == Int(count) - 1 ? .identity : .relu))
    }
    guard let first = layers.first, first.inputs == 2 else { return nil }
    return Network(name: path, inputNames: ["x1", "x2"], layers: layers)
}

/// User plus system CPU seconds of this process so far.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let t = [usage.ru_utime, usage.ru_stime]
    return t.reduce(0) { $0 + Double($1.tv_sec) + Double($1.tv_usec) / 1e6 }
}
