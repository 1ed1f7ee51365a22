import NNVizEngine

/// The course's worked-example networks, built directly in Swift (independent of the model-file parser),
/// for tests of every target. Weights as in the seeds; see assets/examples for the same nets as files.
public enum Fixtures {
    /// XOR with two ReLU units (slides 002, DESIGN.md §3): W¹ = [[1,1],[1,1]], b¹ = [0,−1], W² = [1,−2], b² = 0.
    public static func xorRelu() -> Network {
        Network(name: "XOR with two ReLU units", inputNames: ["x1", "x2"], layers: [
            DenseLayer(weights: [[1, 1], [1, 1]], biases: [0, -1], activation: .relu),
            DenseLayer(weights: [[1, -2]], biases: [0], activation: .identity),
        ])
    }

    /// Problem 1 of notes 001: Wᴴ = [1,1]ᵀ, bᴴ = [−1,−3], Wᴼ = [−1,2], bᴼ = 0.5, step / step.
    public static func problem1() -> Network {
        Network(name: "Hard-threshold net on one input (Problem 1)", inputNames: ["x"], layers: [
            DenseLayer(weights: [[1], [1]], biases: [-1, -3], activation: .step),
            DenseLayer(weights: [[-1, 2]], biases: [0.5], activation: .step),
        ])
    }

    /// Problem 2 of notes 001: Wᴴ = [1,1]ᵀ, bᴴ = [−2,−4], Wᴼ = [1,−2], bᴼ = −0.5, step / step.
    public static func problem2() -> Network {
        Network(name: "Hard-threshold net for four points (Problem 2)", inputNames: ["x"], layers: [
            DenseLayer(weights: [[1], [1]], biases: [-2, -4], activation: .step),
            DenseLayer(weights: [[1, -2]], biases: [-0.5], activation: .step),
        ])
    }

    /// Problem 3 of notes 001: ŷ = 1 exactly on the triangle x1 ≥ 0, x2 ≥ 0, x1 + x2 < 1.
    public static func problem3() -> Network {
        Network(name: "Hard-threshold triangle (Problem 3)", inputNames: ["x1", "x2"], layers: [
            DenseLayer(weights: [[1, 0], [0, 1], [1, 1]], biases: [0, 0, -1], activation: .step),
            DenseLayer(weights: [[1, 1, -1]], biases: [-1.5], activation: .step),
        ])
    }

    /// The XOR model with its four points and domain [−0.5, 1.5]².
    public static func xorReluModel() -> Model {
        Model(network: xorRelu(), domain: [-0.5...1.5, -0.5...1.5],
              data: Dataset(inputs: Matrix([[0, 0], [0, 1], [1, 0], [1, 1]]), targets: [0, 1, 1, 0]))
    }

    /// Problem 2 with its four labelled points x = 0, 1, 3, 5 (y = 0, 0, 1, 0) and domain [−1, 6].
    public static func problem2Model() -> Model {
        Model(network: problem2(), domain: [-1...6],
              data: Dataset(inputs: Matrix([[0], [1], [3], [5]]), targets: [0, 0, 1, 0]))
    }

    /// Problem 3 on the domain [−0.5, 1.5]².
    public static func problem3Model() -> Model {
        Model(network: problem3(), domain: [-0.5...1.5, -0.5...1.5])
    }
}
