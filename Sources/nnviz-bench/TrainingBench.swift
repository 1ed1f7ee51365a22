// `nnviz-bench training [repeats] [workload]`: times the engine's training on the workloads of
// bench/training_reference.py. Prints one line per workload and precision:
// workload<TAB>implementation<TAB>best wall seconds<TAB>best CPU seconds<TAB>final loss. bench/training.sh runs it next to PyTorch / NumPy.
#if canImport(Glibc)
import Glibc
#endif
import Foundation
import NNVizEngine

enum TrainingBench {
    struct Workload {
        let name: String
        let sizes: [Int]
        let points: Int
        let epochs: Int
        let loss: LossKind
        let learningRate: Double
    }

    static let workloads = [
        Workload(name: "a", sizes: [2, 16, 16, 1], points: 1000, epochs: 2000, loss: .bce, learningRate: 0.1),
        Workload(name: "b", sizes: [40, 298, 10], points: 4000, epochs: 100, loss: .crossEntropy, learningRate: 0.1),
    ]

    /// Gaussian inputs; bce: class 1 inside the circle |x|² < 1.4; cross-entropy: argmax of a random linear teacher.
    static func makeData(_ w: Workload) -> Dataset {
        var rng = SeededGenerator(seed: 1)
        let d = w.sizes[0], k = w.sizes[w.sizes.count - 1]
        let x = Matrix(rows: w.points, columns: d, storage: (0..<(w.points * d)).map { _ in rng.nextGaussian() })
        let teacher = Matrix(rows: k, columns: d, storage: (0..<(k * d)).map { _ in rng.nextGaussian() })
        let targets: [Double] = (0..<w.points).map { i in
            let row = x.row(i)
            if w.loss == .bce { return row.reduce(0) { $0 + $1 * $1 } < 1.4 ? 1 : 0 }
            let scores = (0..<k).map { j in zip(row, teacher.row(j)).reduce(0) { $0 + $1.0 * $1.1 } }
            return Double(scores.indices.max { scores[$0] < scores[$1] } ?? 0)
        }
        return Dataset(inputs: x, targets: targets)
    }

    /// He-initialised relu net with the workload's output map.
    static func makeNetwork(_ w: Workload) -> Network {
        var rng = SeededGenerator(seed: 2)
        let count = w.sizes.count - 1
        let layers = (0..<count).map { l in
            let activation: Activation = l < count - 1 ? .relu : (w.loss == .bce ? .sigmoid : .softmax)
            var layer = Initializer.layer(inputs: w.sizes[l], units: w.sizes[l + 1], activation: .relu, rng: &rng)
            layer.activation = activation
            return layer
        }
        return Network(inputNames: (0..<w.sizes[0]).map { "x\($0)" }, layers: layers)
    }

    /// The best wall time and best process CPU time of `repeats` runs, and the final training loss.
    static func time(_ trainer: Trainer, _ network: Network, _ data: Dataset,
                     repeats: Int) -> (wall: Double, cpu: Double, loss: Double)? {
        var wall = Double.infinity, cpu = Double.infinity
        var finalLoss = Double.nan
        for _ in 0..<max(repeats, 1) {
            let (wall0, cpu0) = (now(CLOCK_MONOTONIC), now(CLOCK_PROCESS_CPUTIME_ID))
            guard let result = try? trainer.train(network, on: data) else { return nil }
            wall = min(wall, now(CLOCK_MONOTONIC) - wall0)
            cpu = min(cpu, now(CLOCK_PROCESS_CPUTIME_ID) - cpu0)
            finalLoss = result.history.trainLoss.last ?? .nan
        }
        return (wall, cpu, finalLoss)
    }

    static func now(_ clock: clockid_t) -> Double {
        var t = timespec()
        clock_gettime(clock, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }

    /// Writes the workload's data and initial weights as text (one row per line, shortest round-trip
    /// decimals) so the reference script trains on exactly the same numbers: NAME_x, NAME_y, NAME_w0, NAME_b0, …
    static func export(_ w: Workload, data: Dataset, network: Network, to directory: String) {
        func write(_ rows: [[Double]], _ file: String) {
            let text = rows.map { $0.map { "\($0)" }.joined(separator: " ") }.joined(separator: "\n") + "\n"
            _ = FileManager.default.createFile(atPath: directory + "/" + w.name + "_" + file, contents: Data(text.utf8))
        }
        write(data.inputs.rowArrays, "x")
        write(data.targets.map { [$0] }, "y")
        for (l, layer) in network.layers.enumerated() {
            write(layer.weights.rowArrays, "w\(l)")
            write(layer.biases.map { [$0] }, "b\(l)")
        }
    }

    /// Runs the workloads (all, or the one named by the second argument), best of `repeats` (first argument).
    /// With the environment variable NNVIZ_BENCH_EXPORT set to a folder, also writes each workload there.
    static func run(_ arguments: [String]) {
        let repeats = arguments.first.flatMap { Int($0) } ?? 3
        let only = arguments.dropFirst().first
        let exportDirectory = ProcessInfo.processInfo.environment["NNVIZ_BENCH_EXPORT"]
        print("# blas core: \(LinearAlgebra.blasCoreName)")
        for w in workloads where only == nil || only == w.name {
            let data = makeData(w), network = makeNetwork(w)
            if let exportDirectory { export(w, data: data, network: network, to: exportDirectory) }
            let config = TrainingConfig(loss: w.loss, optimizer: .sgd, learningRate: w.learningRate, epochs: w.epochs,
                                        batchSize: 0, seed: 1)
            var precisions: [TrainingPrecision] = [.double]
            if Trainer(config: config).resolvedPrecision(for: network, data: data) == .float { precisions.append(.float) }
            for precision in precisions {
                let label = "nnviz-" + (precision == .float ? "f32 (auto)" : "f64")
                let trainer = Trainer(config: config, precision: precision)
                if let (wall, cpu, loss) = time(trainer, network, data, repeats: repeats) {
                    print("\(w.name)\t\(label)\t\(wall)\t\(cpu)\t\(loss)")
                } else {
                    print("\(w.name)\t\(label)\terror\terror\tnan")
                }
            }
        }
    }
}
