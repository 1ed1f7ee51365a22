/// One dense layer: z = W·a + b, u = g(z).
///
/// Contract: `weights` has shape units × inputs (row j holds the weights into unit j, as in the seeds);
/// `biases.count == units`.
public struct DenseLayer: Equatable, Sendable {
    public var weights: Matrix
    public var biases: [Double]
    public var activation: Activation

    public init(weights: Matrix, biases: [Double], activation: Activation) {
        precondition(biases.count == weights.rows, "one bias per unit")
        self.weights = weights
        self.biases = biases
        self.activation = activation
    }

    /// Convenience: weights as rows (units × inputs).
    public init(weights: [[Double]], biases: [Double], activation: Activation) {
        self.init(weights: Matrix(weights), biases: biases, activation: activation)
    }

    public var units: Int { weights.rows }
    public var inputs: Int { weights.columns }
    /// Weights plus biases: (inputs + 1) · units.
    public var parameterCount: Int { (inputs + 1) * units }
}
