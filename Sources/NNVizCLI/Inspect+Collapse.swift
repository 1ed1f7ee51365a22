import NNVizEngine

extension Inspect {
    /// For a net whose hidden layers are all identity (seeds 000 / 002): the single affine map it equals,
    /// z^O = β·x + β₀ with β = W⁽ᴸ⁾⋯W⁽¹⁾ and β₀ = W⁽ᴸ⁾⋯W⁽²⁾b⁽¹⁾ + … + b⁽ᴸ⁾; nil otherwise or without hidden layers.
    static func collapse(_ net: Network) -> (beta: Matrix, beta0: [Double])? {
        guard net.layers.count > 1, net.hiddenLayers.allSatisfy({ $0.activation == .identity }) else { return nil }
        var beta = net.layers[0].weights
        var beta0 = net.layers[0].biases
        for layer in net.layers.dropFirst() {
            let w = layer.weights
            var nextBeta = Matrix(rows: w.rows, columns: beta.columns)
            var nextBeta0 = layer.biases
            for i in 0..<w.rows {
                for k in 0..<w.columns {
                    nextBeta0[i] += w[i, k] * beta0[k]
                    for j in 0..<beta.columns { nextBeta[i, j] += w[i, k] * beta[k, j] }
                }
            }
            beta = nextBeta
            beta0 = nextBeta0
        }
        return (beta, beta0)
    }

    /// The summary paragraph for `collapse`, or "" when the net does not collapse.
    static func collapseText(_ net: Network) -> String {
        guard let (beta, beta0) = collapse(net) else { return "" }
        let rows = beta.rowArrays.map { "[" + $0.map { ModelNumber.text($0) }.joined(separator: ", ") + "]" }
        let output = net.outputActivation == .identity ? "z^O" : "z^O (before \(net.outputActivation.name))"
        return "every hidden layer is identity, so the net is one linear model: \(output) = β·x + β₀ with\n"
            + "  β = [\(rows.joined(separator: ", "))]  β₀ = [\(beta0.map { ModelNumber.text($0) }.joined(separator: ", "))]\n"
    }
}
