/// One dense layer: z = W·a + b, u = g(z) — or z = W·a for a layer without bias (`hasBias == false`).
///
/// Contract: `weights` has shape units × inputs (row j holds the weights into unit j, as in the seeds);
/// `biases.count == units`. A layer without bias (notes 001 Problem 2's ŷ = αᵀu) keeps `biases` all zero, so
/// every forward computation can add it unchanged; it does not count as parameters and training never moves it.
public struct DenseLayer: Equatable, Sendable {
    public var weights: Matrix
    public var biases: [Double]
    public var activation: Activation
    /// False for a layer written with `bias: false`: b is fixed at 0 and is not a parameter.
    public var hasBias: Bool

    public init(weights: Matrix, biases: [Double], activation: Activation) {
        precondition(biases.count == weights.rows, "one bias per unit")
        self.weights = weights
        self.biases = biases
        self.activation = activation
        hasBias = true
    }

    /// A layer without bias: z = W·a (`biases` are zeros, `hasBias == false`).
    public init(weights: Matrix, activation: Activation) {
        self.weights = weights
        biases = [Double](repeating: 0, count: weights.rows)
        self.activation = activation
        hasBias = false
    }

    /// Convenience: weights as rows (units × inputs).
    public init(weights: [[Double]], biases: [Double], activation: Activation) {
        self.init(weights: Matrix(weights), biases: biases, activation: activation)
    }

    public var units: Int { weights.rows }
    public var inputs: Int { weights.columns }
    /// Weights plus biases: (inputs + 1) · units, or inputs · units without bias.
    public var parameterCount: Int { (hasBias ? inputs + 1 : inputs) * units }
}
