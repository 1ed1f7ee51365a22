import NNVizEngine
import NNVizFigures

/// The model's equations in the seeds' notation, symbolic and with the model's numbers:
/// z^H = W^H x + b^H, u^H = g_act(z^H), z^O = W^O u^H + b^O, ŷ = g_out(z^O) for one hidden layer;
/// superscripts (1), (2), … for deeper nets (u⁽⁰⁾ = x).
enum Equations {
    /// One layer: the affine map symbolically and with numbers, then the activation.
    struct Line {
        var symbolic: String
        var numeric: String
        var activation: String
    }

    static func lines(_ network: Network) -> [Line] {
        let count = network.layers.count
        func tag(_ l: Int) -> String { count == 2 ? (l == 0 ? "H" : "O") : (l == count - 1 ? "O" : "(\(l + 1))") }
        var lines: [Line] = []
        var inputName = "x"
        var inputEntries = (0..<network.inputCount).map { MathML.mi(Notation.input($0, names: network.inputNames)) }
        for (l, layer) in network.layers.enumerated() {
            let t = tag(l)
            let input = inputName == "x" ? MathML.mi("x") : MathML.sup("u", inputName)
            // A layer written with `bias: false` computes z = W·a: no "+ b" term.
            let bias = layer.hasBias ? [MathML.mo("+"), MathML.sup("b", t)] : []
            let symbolic = [MathML.sup("z", t), MathML.mo("="), MathML.sup("W", t), input] + bias
            let numeric = [MathML.sup("z", t), MathML.mo("="), MathML.numbers(layer.weights), MathML.column(inputEntries)]
                + (layer.hasBias ? [MathML.mo("+"), MathML.column(layer.biases.map(MathML.mn))] : [])
            let symbolicBlock = MathML.block(symbolic, label: "z\(t) = W\(t) \(inputName == "x" ? "x" : "u" + inputName)"
                                             + (layer.hasBias ? " + b\(t)" : ""))
            let numericBlock = MathML.block(numeric, label: "layer \(l + 1) with its weights and biases")
            let last = l == count - 1
            let g = last ? "g_out" : "g_act"
            let lhs = last ? MathML.mi("ŷ") : MathML.sup("u", t)
            let apply = [lhs, MathML.mo("="), MathML.row(["<msub>\(MathML.mi("g"))\(MathML.mi(last ? "out" : "act"))</msub>",
                                                          MathML.mo("("), MathML.sup("z", t), MathML.mo(")")]),
                         MathML.mo("="), MathML.mi(activationText(layer.activation)), MathML.mo("("), MathML.sup("z", t), MathML.mo(")")]
            lines.append(Line(symbolic: symbolicBlock, numeric: numericBlock,
                              activation: MathML.block(apply, label: "\(last ? "y hat" : "u" + t) = \(g)(z\(t)), \(layer.activation.name)")))
            inputName = t
            // The vector entries use the formula's own symbol: u^H_j (not the graph's unit labels).
            inputEntries = (0..<layer.units).map { MathML.subsup("u", sub: "\($0 + 1)", sup: t) }
        }
        return lines
    }

    static func activationText(_ a: Activation) -> String {
        switch a {
        case .sigmoid: "σ"
        default: a.name
        }
    }
}
