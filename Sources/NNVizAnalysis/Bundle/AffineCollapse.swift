import NNVizEngine

/// A network whose hidden layers are all identity, written as the one affine layer it equals (seeds 000 §10.4, 002):
/// z^O = β·x + β₀ with β = W⁽ᴸ⁾⋯W⁽¹⁾ and β₀ = W⁽ᴸ⁾⋯W⁽²⁾b⁽¹⁾ + … + b⁽ᴸ⁾.
///
/// Contract: `weights` has shape outputs × inputs, `biases` one entry per output; the output map (identity,
/// sigmoid, softmax, step) is applied after, as in the network.
public struct AffineCollapse: Sendable, Equatable {
    public var weights: Matrix
    public var biases: [Double]

    /// Nil unless the network has at least one hidden layer and every hidden layer is identity.
    public init?(_ net: Network) {
        guard net.layers.count > 1, net.hiddenLayers.allSatisfy({ $0.activation == .identity }) else { return nil }
        var beta = net.layers[0].weights
        var beta0 = net.layers[0].biases
        for layer in net.layers.dropFirst() {
            beta0 = layer.weights.multiply(beta0).enumerated().map { $0.element + layer.biases[$0.offset] }
            beta = layer.weights.multiply(beta)
        }
        weights = beta
        biases = beta0
    }
}

extension Matrix {
    /// self · v for a vector v of length `columns`.
    func multiply(_ v: [Double]) -> [Double] {
        (0..<rows).map { i in (0..<columns).reduce(0.0) { $0 + self[i, $1] * v[$1] } }
    }
    /// self · m (plain triple loop: collapse matrices are tiny).
    func multiply(_ m: Matrix) -> Matrix {
        var out = Matrix(rows: rows, columns: m.columns)
        for i in 0..<rows {
            for k in 0..<columns {
                let a = self[i, k]
                for j in 0..<m.columns { out[i, j] += a * m[k, j] }
            }
        }
        return out
    }
}
