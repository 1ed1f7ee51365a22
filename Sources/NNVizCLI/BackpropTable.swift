import NNVizEngine

/// `inspect --backprop` as text in the notes' notation: the forward table (z^H, u^H, z^O, ŷ, y, one column per
/// point), the loss, the backward table (∂L/∂z^O, ∂L/∂u, δ = ∂L/∂z), the gradients ∂L/∂W and ∂L/∂b, and the step.
enum BackpropTable {
    static func render(_ b: Backprop, network: Network) -> String {
        let n = b.points.count
        let batch = n == 1 ? "1 point" : "\(n) points (one mini-batch)"
        var out = "back-propagation on \(batch): loss \(b.loss.rawValue), per point \(b.loss.formula) on z^O;\n"
            + "L = (1/N) Σ_i loss_i, the mean over the batch as training uses it (a sum over the points would give "
            + "N times these gradients)\n\n"
        out += "forward\n" + forwardTable(b, network: network)
        out += "L = \(ModelNumber.text(b.pass.loss, decimals: 6))\n\n"
        out += "backward (one column per point; δ = ∂L/∂z is the error term)\n" + backwardTable(b, network: network)
        out += "\ngradients (sums over the points; δ already carries the 1/N of the mean)\n" + gradients(b, network: network)
        out += "\n" + step(b, network: network)
        return out
    }

    /// `H` for one hidden layer, `(1)`, `(2)`, … for several, `O` for the output layer.
    static func tag(_ l: Int, _ network: Network) -> String {
        if l == network.layers.count - 1 { return "O" }
        return network.layers.count == 2 ? "H" : "(\(l + 1))"
    }

    private static func unitRows(_ label: String, _ m: Matrix) -> [(String, [String])] {
        unitRows(m) { $0 }.map { ($0.0.isEmpty ? label : label + $0.0, $0.1) }
    }

    /// One row per unit (column of `m`); `label` gets the unit suffix ("" for a single unit, else "_j").
    private static func unitRows(_ m: Matrix, label: (String) -> String) -> [(String, [String])] {
        (0..<m.columns).map { j in
            (label(m.columns == 1 ? "" : "_\(j + 1)"), m.column(j).map { ModelNumber.text($0, decimals: 6) })
        }
    }

    private static func forwardTable(_ b: Backprop, network: Network) -> String {
        var rows: [(String, [String])] = network.inputNames.enumerated().map { c, name in
            (name, b.points.map { ModelNumber.text($0[c], decimals: 6) })
        }
        for (l, values) in b.pass.forward.layers.enumerated() {
            rows += unitRows("z^\(tag(l, network))", values.z)
            rows += unitRows(l == network.layers.count - 1 ? "ŷ" : "u^\(tag(l, network))", values.u)
        }
        rows.append(("y", b.targets.map { ModelNumber.text($0, decimals: 6) }))
        return TraceTable.layout(rows)
    }

    private static func backwardTable(_ b: Backprop, network: Network) -> String {
        var rows: [(String, [String])] = []
        for l in stride(from: network.layers.count - 1, through: 0, by: -1) {
            let t = tag(l, network)
            if let upstream = b.pass.layers[l].outputGradient { rows += unitRows("∂L/∂u^\(t)", upstream) }
            rows += unitRows(b.pass.layers[l].errorTerm) { "δ^\(t)\($0) = ∂L/∂z^\(t)\($0)" }
        }
        return TraceTable.layout(rows)
    }

    static func matrix(_ m: Matrix) -> String {
        "[" + m.rowArrays.map(vector).joined(separator: ", ") + "]"
    }

    static func vector(_ v: [Double]) -> String {
        "[" + v.map { ModelNumber.text($0, decimals: 6) }.joined(separator: ", ") + "]"
    }

    private static func gradients(_ b: Backprop, network: Network) -> String {
        var out = ""
        for l in stride(from: network.layers.count - 1, through: 0, by: -1) {
            let t = tag(l, network), layer = b.pass.layers[l]
            let input = l == 0 ? "x" : "u^\(tag(l - 1, network))"
            out += "∂L/∂W^\(t) = (δ^\(t))ᵀ·\(input) = \(matrix(layer.weightGradient))\n"
            if let bias = layer.biasGradient {
                out += "∂L/∂b^\(t) = Σ δ^\(t) = \(vector(bias))\n"
            } else {
                out += "(layer \(t) has no bias)\n"
            }
        }
        return out
    }

    private static func step(_ b: Backprop, network: Network) -> String {
        var out = "one gradient step θ ← θ − α·∂L/∂θ with α = \(ModelNumber.exact(b.learningRate)) "
            + "(plain gradient descent: one full-batch epoch of optimizer sgd)\n"
        for l in network.layers.indices {
            let t = tag(l, network)
            out += "W^\(t): \(matrix(network.layers[l].weights)) → \(matrix(b.after.layers[l].weights))\n"
            if network.layers[l].hasBias {
                out += "b^\(t): \(vector(network.layers[l].biases)) → \(vector(b.after.layers[l].biases))\n"
            }
        }
        out += "L: \(ModelNumber.text(b.pass.loss, decimals: 6)) → \(ModelNumber.text(b.lossAfter, decimals: 6))\n"
        return out
    }
}
