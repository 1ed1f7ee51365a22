import NNVizEngine

/// Small random networks and batches for the engine tests.
enum TestNetworks {
    /// A net inputs → hidden… → outputs with Gaussian weights and biases (std 0.8) from `seed`.
    static func random(inputs: Int, hidden: [Int], hiddenActivation: Activation, outputs: Int,
                       output: Activation, seed: UInt64) -> Network {
        var rng = SeededGenerator(seed: seed)
        var layers: [DenseLayer] = []
        var fanIn = inputs
        for (l, units) in (hidden + [outputs]).enumerated() {
            let activation = l == hidden.count ? output : hiddenActivation
            var w = Matrix(rows: units, columns: fanIn)
            for i in w.storage.indices { w.storage[i] = 0.8 * rng.nextGaussian() }
            let b = (0..<units).map { _ in 0.8 * rng.nextGaussian() }
            layers.append(DenseLayer(weights: w, biases: b, activation: activation))
            fanIn = units
        }
        return Network(inputNames: (0..<inputs).map { "x\($0 + 1)" }, layers: layers)
    }

    /// A rows × columns matrix of standard normal entries.
    static func randomMatrix(rows: Int, columns: Int, seed: UInt64) -> Matrix {
        var rng = SeededGenerator(seed: seed)
        return Matrix(rows: rows, columns: columns, storage: (0..<(rows * columns)).map { _ in rng.nextGaussian() })
    }

    /// Targets that fit `loss`: class indices for bce / cross-entropy, numbers in (0, 1) for mse.
    static func targets(count: Int, loss: LossKind, classes: Int, seed: UInt64) -> [Double] {
        var rng = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            loss == .mse ? rng.nextUniform() : Double(rng.nextInt(below: classes))
        }
    }
}
