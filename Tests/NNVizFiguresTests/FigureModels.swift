import NNVizEngine

/// Small hand-written models for the figure tests (the seeds' examples).
enum FigureModels {
    static func named(_ name: String) -> Model {
        switch name {
        case "triangle": triangle
        case "oneD": oneD
        case "wide": wide
        default: xorReLU
        }
    }

    /// XOR with two ReLU units (DESIGN.md §3 example; seeds 002).
    static var xorReLU: Model {
        let net = Network(name: "XOR with two ReLU units", inputNames: ["x1", "x2"], layers: [
            DenseLayer(weights: [[1, 1], [1, 1]], biases: [0, -1], activation: .relu),
            DenseLayer(weights: [[1, -2]], biases: [0], activation: .identity),
        ])
        return Model(network: net, domain: [-0.5...1.5, -0.5...1.5])
    }

    /// Seeds 001, problem 3: the hard-threshold triangle x1 ≥ 0, x2 ≥ 0, x1 + x2 < 1.
    static var triangle: Model {
        let net = Network(name: "threshold triangle", inputNames: ["x1", "x2"], layers: [
            DenseLayer(weights: [[1, 0], [0, 1], [-1, -1]], biases: [0, 0, 1], activation: .step),
            DenseLayer(weights: [[1, 1, 1]], biases: [-2.5], activation: .step),
        ])
        return Model(network: net, domain: [-0.5...1.5, -0.5...1.5])
    }

    /// A 1-D net with three ReLU units.
    static var oneD: Model {
        let net = Network(name: "1-D bumps", inputNames: ["x"], layers: [
            DenseLayer(weights: [[1], [-1], [2]], biases: [-0.5, 0.2, -1], activation: .relu),
            DenseLayer(weights: [[1, 0.5, -1.2]], biases: [0.1], activation: .identity),
        ])
        return Model(network: net, domain: [-2...2])
    }

    /// A deep and wide net (2 → 12 tanh → 6 sigmoid → 3 softmax) with seeded weights.
    static var wide: Model {
        var rng = SeededGenerator(seed: 3)
        func layer(_ units: Int, _ inputs: Int, _ a: Activation) -> DenseLayer {
            let w = (0..<units).map { _ in (0..<inputs).map { _ in Double.random(in: -2...2, using: &rng) } }
            return DenseLayer(weights: w, biases: (0..<units).map { _ in Double.random(in: -1...1, using: &rng) }, activation: a)
        }
        let net = Network(name: "spiral classifier", inputNames: ["x1", "x2"],
                          layers: [layer(12, 2, .tanh), layer(6, 12, .sigmoid), layer(3, 6, .softmax)])
        return Model(network: net, domain: [-1...1, -1...1])
    }
}
