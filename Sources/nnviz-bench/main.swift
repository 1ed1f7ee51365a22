// nnviz-bench: times the engine's training on the workloads of bench/training_reference.py.
// Prints one line per workload: workload<TAB>implementation<TAB>best seconds<TAB>final loss.
// Usage: nnviz-bench [repeats]   (bench/training.sh runs it next to the PyTorch / NumPy reference)
import NNVizEngine

struct Workload {
    let name: String
    let sizes: [Int]
    let points: Int
    let epochs: Int
    let loss: LossKind
    let learningRate: Double
}

let workloads = [
    Workload(name: "a", sizes: [2, 16, 16, 1], points: 1000, epochs: 2000, loss: .bce, learningRate: 0.1),
    Workload(name: "b", sizes: [40, 298, 10], points: 4000, epochs: 100, loss: .crossEntropy, learningRate: 0.1),
]

/// Gaussian inputs; bce: class 1 inside the circle |x|² < 1.4; cross-entropy: argmax of a random linear teacher.
func makeData(_ w: Workload) -> Dataset {
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
func makeNetwork(_ w: Workload) -> Network {
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

let arguments = CommandLine.arguments.dropFirst()
let repeats = arguments.first.flatMap { Int($0) } ?? 3
let only = arguments.dropFirst().first   // optional workload name

/// The best wall time of `repeats` runs and the final training loss, or the error.
func time(_ trainer: Trainer, _ network: Network, _ data: Dataset) -> (seconds: Double, loss: Double)? {
    var best = Double.infinity
    var finalLoss = Double.nan
    for _ in 0..<max(repeats, 1) {
        let clock = ContinuousClock()
        let start = clock.now
        guard let result = try? trainer.train(network, on: data) else { return nil }
        let elapsed = clock.now - start
        finalLoss = result.history.trainLoss.last ?? .nan
        best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
    return (best, finalLoss)
}

print("# blas core: \(LinearAlgebra.blasCoreName)")
for w in workloads where only == nil || only == w.name {
    let data = makeData(w), network = makeNetwork(w)
    let config = TrainingConfig(loss: w.loss, optimizer: .sgd, learningRate: w.learningRate, epochs: w.epochs,
                                batchSize: 0, seed: 1)
    var precisions: [TrainingPrecision] = [.double]
    if Trainer(config: config).resolvedPrecision(for: network, data: data) == .float { precisions.append(.float) }
    for precision in precisions {
        let label = "nnviz-" + (precision == .float ? "f32 (auto)" : "f64")
        if let (seconds, loss) = time(Trainer(config: config, precision: precision), network, data) {
            print("\(w.name)\t\(label)\t\(seconds)\t\(loss)")
        } else {
            print("\(w.name)\t\(label)\terror\tnan")
        }
    }
}
