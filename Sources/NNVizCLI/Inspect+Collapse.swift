import NNVizAnalysis
import NNVizEngine

extension Inspect {
    /// For a net whose hidden layers are all identity (seeds 000 / 002): the single affine map it equals,
    /// The summary paragraph for `collapse`, or "" when the net does not collapse.
    static func collapseText(_ net: Network) -> String {
        guard let c = AffineCollapse(net) else { return "" }
        let beta = c.weights, beta0 = c.biases
        let rows = beta.rowArrays.map { "[" + $0.map { ModelNumber.text($0) }.joined(separator: ", ") + "]" }
        let output = net.outputActivation == .identity ? "z^O" : "z^O (before \(net.outputActivation.name))"
        return "every hidden layer is identity, so the net is one linear model: \(output) = β·x + β₀ with\n"
            + "  β = [\(rows.joined(separator: ", "))]  β₀ = [\(beta0.map { ModelNumber.text($0) }.joined(separator: ", "))]\n"
    }
}
