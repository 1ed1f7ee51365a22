import NNVizEngine

/// The seeds' notation for units: x₁…x_p, h₁…h_M (h₁⁽²⁾ in deep nets), ŷ / ŷ₁…ŷ_K.
public enum Notation {
    static let subDigits: [Character] = ["₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"]
    static let supDigits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    /// `n` in subscript digits.
    public static func sub(_ n: Int) -> String { String(String(n).compactMap { $0.wholeNumberValue.map { subDigits[$0] } }) }
    /// `n` in superscript digits.
    public static func sup(_ n: Int) -> String { String(String(n).compactMap { $0.wholeNumberValue.map { supDigits[$0] } }) }

    /// The label of input `i` (0-based): "x₁" for names like "x1", the name itself when it has at most
    /// 6 characters, otherwise "x" with the index in subscript.
    public static func input(_ i: Int, names: [String]) -> String {
        let name = i < names.count ? names[i] : ""
        if name.count >= 2, name.first == "x", let n = Int(name.dropFirst()), n >= 0 { return "x" + sub(n) }
        if !name.isEmpty, name.count <= 6 { return name }
        return "x" + sub(i + 1)
    }

    /// The label of unit `j` (0-based) of layer `l` (0-based over the network's layers).
    public static func unit(layer l: Int, _ j: Int, network: Network) -> String {
        let last = network.layers.count - 1
        if l == last { return network.outputCount == 1 ? "ŷ" : "ŷ" + sub(j + 1) }
        return last == 1 ? "h" + sub(j + 1) : "h" + sub(j + 1) + "⁽" + sup(l + 1) + "⁾"
    }

    /// Notes 001's name of a hidden quantity of unit `j` (0-based) of hidden layer `l` (0-based): `symbol` "z"
    /// (pre-activation) or "u" (activation) — "zᴴ₁", "uᴴ₁" for one hidden layer, "z₁⁽²⁾" for deeper nets.
    public static func hidden(_ symbol: String, layer l: Int, _ j: Int, network: Network) -> String {
        network.layers.count == 2 ? symbol + "ᴴ" + sub(j + 1) : symbol + sub(j + 1) + "⁽" + sup(l + 1) + "⁾"
    }

    /// Notes 001's name of the output layer's weight from hidden unit `j` into output `k` (0-based): "Wᴼ₁" for
    /// one output, "Wᴼ₂,₁" (row k, column j) for several.
    public static func outputWeight(output k: Int, unit j: Int, network: Network) -> String {
        network.outputCount == 1 ? "Wᴼ" + sub(j + 1) : "Wᴼ" + sub(k + 1) + "," + sub(j + 1)
    }

    /// The output pre-activation zᴼ (or zᴼₖ when there are several outputs; `k` 0-based).
    public static func outputLogit(_ k: Int, network: Network) -> String {
        network.outputCount == 1 ? "zᴼ" : "zᴼ" + sub(k + 1)
    }

    /// The parameter count as a formula with the model's numbers: "(2+1)·2 + 2 + 1 = 9" for one hidden layer
    /// and one output (the seeds' (p+1)·M + M + 1), the sum of (inputs+1)·units otherwise.
    public static func parameterFormula(_ network: Network) -> String {
        let total = network.parameterCount
        let layers = network.layers
        if layers.count == 2, network.outputCount == 1, layers.allSatisfy(\.hasBias) {
            let p = layers[0].inputs, m = layers[0].units
            return "(p+1)·M + M + 1 = (\(p)+1)·\(m) + \(m) + 1 = \(total)"
        }
        // Per layer: (inputs + 1)·units with a bias, inputs·units without one (`bias: false`).
        let terms = layers.map { $0.hasBias ? "(\($0.inputs)+1)·\($0.units)" : "\($0.inputs)·\($0.units)" }
        return terms.joined(separator: " + ") + " = \(total)"
    }
}
