/// Initial weights for untrained layers, drawn from the project's `SeededGenerator`.
///
/// - relu / leaky-relu units: He normal, w ~ N(0, 2 / fan_in).
/// - every other activation: Xavier/Glorot normal, w ~ N(0, 2 / (fan_in + fan_out)).
/// - biases are 0.
/// Draw order: the weights of unit 0 (inputs 0, 1, …), then unit 1, …; one `nextGaussian()` per weight.
/// A model with several such layers draws them in order from one generator seeded with `train.seed`.
public enum Initializer {
    /// A dense layer of `units` units over `inputs` inputs with freshly drawn weights and zero biases.
    public static func layer(inputs: Int, units: Int, activation: Activation,
                             rng: inout SeededGenerator) -> DenseLayer {
        let std = standardDeviation(inputs: inputs, units: units, activation: activation)
        var w = Matrix(rows: units, columns: inputs)
        for i in w.storage.indices { w.storage[i] = std * rng.nextGaussian() }
        return DenseLayer(weights: w, biases: [Double](repeating: 0, count: units), activation: activation)
    }

    /// The standard deviation of the initial weights: √(2/fan_in) (He) or √(2/(fan_in+fan_out)) (Xavier).
    public static func standardDeviation(inputs: Int, units: Int, activation: Activation) -> Double {
        switch activation {
        case .relu, .leakyReLU: return (2 / Double(max(inputs, 1))).squareRoot()
        default: return (2 / Double(max(inputs + units, 1))).squareRoot()
        }
    }
}
