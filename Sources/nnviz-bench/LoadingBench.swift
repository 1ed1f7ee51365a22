// `nnviz-bench loading [repeats] [format word]`: times reading 4000 points × 40 numbers (plus a class target) three ways —
// a model file whose `data: {csv: …}` names a CSV file, and model files with the same data inline in JSON and
// in YAML — through `ModelFile.load`, the path every command takes. Prints one line per format:
// format<TAB>bytes<TAB>best wall seconds<TAB>median wall seconds<TAB>best CPU seconds (the fairer figure on a
// shared machine). bench/loading.sh runs it (issue 15, item 4: ≤ 50 ms).
import Foundation
import NNVizEngine

enum LoadingBench {
    static let points = 4000, columns = 40

    /// The data set of training workload (b): Gaussian coordinates written with ModelNumber.exact (17 digits).
    static func rows() -> [[Double]] {
        var rng = SeededGenerator(seed: 1)
        return (0..<points).map { i in (0..<columns).map { _ in rng.nextGaussian() } + [Double(i % 10)] }
    }

    static let header = "nnviz: 1\nname: loading benchmark\ninputs: \(columns)\nlayers:\n"
        + "  - {activation: relu, units: 298}\n  - {activation: softmax, units: 10}\n"

    /// Writes the three files into `folder`; returns (format, path) pairs.
    static func writeFiles(in folder: URL) throws -> [(String, String)] {
        let data = rows()
        let csv = (["" + (1...columns).map { "x\($0)" }.joined(separator: ",") + ",y"]
                   + data.map { $0.map(ModelNumber.exact).joined(separator: ",") }).joined(separator: "\n") + "\n"
        try csv.write(to: folder.appendingPathComponent("points.csv"), atomically: true, encoding: .utf8)
        try (header + "data: {csv: points.csv}\n").write(to: folder.appendingPathComponent("csv.yaml"),
                                                        atomically: true, encoding: .utf8)
        let inputs = data.map { "[" + $0.dropLast().map(ModelNumber.exact).joined(separator: ", ") + "]" }
        let targets = data.map { ModelNumber.exact($0[columns]) }
        let yaml = header + "data:\n  inputs:\n" + inputs.map { "    - \($0)\n" }.joined()
            + "  targets: [\(targets.joined(separator: ", "))]\n"
        try yaml.write(to: folder.appendingPathComponent("inline.yaml"), atomically: true, encoding: .utf8)
        let json = "{\"nnviz\": 1, \"name\": \"loading benchmark\", \"inputs\": \(columns),\n \"layers\": "
            + "[{\"activation\": \"relu\", \"units\": 298}, {\"activation\": \"softmax\", \"units\": 10}],\n"
            + " \"data\": {\"inputs\": [\n" + inputs.joined(separator: ",\n") + "],\n \"targets\": ["
            + targets.joined(separator: ", ") + "]}}\n"
        try json.write(to: folder.appendingPathComponent("inline.json"), atomically: true, encoding: .utf8)
        return [("csv file (csv.yaml + points.csv)", "csv.yaml"), ("inline JSON", "inline.json"),
                ("inline YAML", "inline.yaml")].map { ($0.0, folder.appendingPathComponent($0.1).path) }
    }

    static func run(_ arguments: [String]) {
        let repeats = arguments.first.flatMap(Int.init) ?? 9
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nnviz-loading-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let only = arguments.dropFirst().first  // optional: a word of the format, e.g. "JSON"
            for (format, path) in try writeFiles(in: folder) where only.map({ format.contains($0) }) ?? true {
                var times: [Double] = [], cpu = Double.infinity
                for _ in 0..<max(repeats, 1) {
                    let start = DispatchTime.now().uptimeNanoseconds, cpuStart = TrainingBench.now(CLOCK_PROCESS_CPUTIME_ID)
                    let model = try ModelFile.load(path: path)
                    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                    cpu = min(cpu, TrainingBench.now(CLOCK_PROCESS_CPUTIME_ID) - cpuStart)
                    guard model.data?.count == points, model.data?.inputs.columns == columns else {
                        print("\(format)\terror: wrong data")
                        return
                    }
                }
                times.sort()
                let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
                let csvBytes = path.hasSuffix("csv.yaml")
                    ? (try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("points.csv").path)[.size] as? Int) ?? 0 : 0
                print("\(format)\t\(bytes + csvBytes)\t\(times[0])\t\(times[times.count / 2])\t\(cpu)")
            }
        } catch {
            print("error: \(error)")
        }
    }
}
