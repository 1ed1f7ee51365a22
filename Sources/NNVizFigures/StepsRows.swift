import NNVizEngine
import NNVizScene

/// Steps 1–3 of the shallow `steps` figure in the notes' notation (seed 001): per hidden unit j the line
/// zᴴⱼ = Wᴴⱼx + bᴴⱼ, its activation uᴴⱼ = g_act(zᴴⱼ) and the weighted activation Wᴼⱼuᴴⱼ (for output `output`).
/// Up to `StepsFigure.maxRows` units: one row per unit, one column per step, every column on one shared y range
/// so the rows compare. More units: one small multiple per unit (Wᴼⱼuᴴⱼ with the unit's own joint), so every
/// unit is named and none shares a colour with another.
struct StepsRows {
    var network: Network
    var functions: UnitFunctions1D
    var marks: JointMarks
    /// The output whose weights weigh step 3 (0-based).
    var output: Int

    var hidden: DenseLayer { network.layers[0] }
    var units: [Int] { Array(0..<hidden.units) }
    func weight(_ j: Int) -> Double { network.layers[1].weights[output, j] }
    func data(_ j: Int) -> [String: String] { ["unit": "1.\(j + 1)"] }

    /// The three columns' curves: pre-activation, activation, weighted activation, per unit.
    var curves: [[PiecewiseCurve]] {
        let f = functions
        return [units.map { f.curve(f.z[0][$0]) }, units.map { f.curve(f.u[0][$0]) },
                units.map { f.curve(f.u[0][$0], scale: weight($0)) }]
    }

    /// "1. zᴴⱼ = Wᴴⱼx + bᴴⱼ", "2. uᴴⱼ = step(zᴴⱼ)", "3. weighted: Wᴼⱼuᴴⱼ".
    var headings: [String] {
        let x = Notation.input(0, names: network.inputNames)
        let w = network.outputCount == 1 ? "Wᴼⱼ" : "Wᴼ\(Notation.sub(output + 1)),ⱼ"
        // No-break spaces keep each formula on one line when the heading wraps.
        return ["1. pre-activation " + "zᴴⱼ = Wᴴⱼ\(x) + bᴴⱼ".replacingOccurrences(of: " ", with: "\u{A0}"),
                "2. activation " + "uᴴⱼ = \(hidden.activation.name)(zᴴⱼ)".replacingOccurrences(of: " ", with: "\u{A0}"),
                "3. weighted " + "\(w)uᴴⱼ"]
    }

    /// The title of unit j's panel in column 0, 1 or 2, with the unit's numbers.
    func title(_ column: Int, unit j: Int) -> String {
        let z = Notation.hidden("z", layer: 0, j, network: network), u = Notation.hidden("u", layer: 0, j, network: network)
        let x = Notation.input(0, names: network.inputNames)
        switch column {
        case 0: return "\(Notation.unit(layer: 0, j, network: network)): \(z) = " + StepsFigure.linear(hidden.weights[j, 0], hidden.biases[j], x: x)
        case 1: return "\(u) = \(hidden.activation.name)(\(z))"
        default: return "\(Notation.outputWeight(output: output, unit: j, network: network))\(u) = \(LabelFormat.short(weight(j)))·\(u)"
        }
    }

    /// One row per unit under the column headings.
    func grid() -> any Panel {
        let curves = self.curves
        let ranges = curves.map { StepsPanel.range($0) }
        let ticks = curves.map { StepsPanel.pieceTicks($0) }
        let header = HStack(headings.map { (TextPanel(text: $0, role: .label) as any Panel, 1.0) })
        let rows: [any Panel] = units.map { j in
            HStack((0..<3).map { column in
                let panel = StepsPanel(title: [title(column, unit: j)], domain: marks.regions.domain, y: ranges[column],
                                       yTicks: ticks[column], marks: marks, jointLabelRows: j == 0 ? 2 : 0, aspect: 0.75,
                                       info: NodeInfo(id: "step\(column + 1)-unit-\(j + 1)", classes: ["panel", "step-\(column + 1)"], data: data(j)),
                                       content: { axes, theme in curveNodes(curves[column][j], column: column, unit: j, axes: axes, theme: theme) })
                return (panel as any Panel, 1.0)
            })
        }
        return VStack([header] + rows)
    }

    /// One small multiple per unit: Wᴼⱼuᴴⱼ over x with the unit's joint, all on one y range.
    func multiples() -> any Panel {
        let weighted = curves[2]
        let range = StepsPanel.range(weighted), ticks = StepsPanel.pieceTicks(weighted)
        let act = hidden.activation.name, x = Notation.input(0, names: network.inputNames)
        let cells: [any Panel] = units.map { j in
            let z = Notation.hidden("z", layer: 0, j, network: network)
            var marks = self.marks.only(unit: "1.\(j + 1)")
            marks.shade = false
            let w = Notation.outputWeight(output: output, unit: j, network: network)
            return StepsPanel(title: ["\(Notation.unit(layer: 0, j, network: network)): \(w) = \(LabelFormat.short(weight(j)))",
                                      "\(z) = " + StepsFigure.linear(hidden.weights[j, 0], hidden.biases[j], x: x)],
                              domain: marks.regions.domain, y: range, yTicks: ticks, marks: marks, aspect: 0.45,
                              info: NodeInfo(id: "step3-unit-\(j + 1)", classes: ["panel", "step-3", "unit-multiple"], data: data(j)),
                              content: { axes, theme in curveNodes(weighted[j], column: 2, unit: j, axes: axes, theme: theme) })
        }
        let heading = TextPanel(text: "Steps 1–3 for each of the \(units.count) units, one panel each: " +
                                "Wᴼⱼuᴴⱼ = Wᴼⱼ·\(act)(zᴴⱼ), bent at the unit's joint (dashed); one y scale for all.", role: .label)
        let titles = cells.compactMap { ($0 as? StepsPanel)?.title }.flatMap { $0 }
        return VStack([heading, SmallMultiples(panels: cells, minimumCellWidth: { theme in
            max(theme.type.label * 9, titles.map { TextMetrics.width(of: $0, font: theme.font(.small)) }.max() ?? 0)
        })])
    }

    /// One unit's curve in one column, with jump dots at the true value (forward pass at the jump).
    func curveNodes(_ curve: PiecewiseCurve, column: Int, unit j: Int, axes: Axes, theme: FigureTheme) -> [Node] {
        let weight = column == 2 ? self.weight(j) : 1
        let net = network
        return curve.nodes(axes, stroke: Stroke(color: theme.series[0], width: theme.stroke(1.8), join: .round), theme: theme,
                           info: NodeInfo(classes: ["unit-curve"], data: data(j))) { x in
            let pass = net.forward(Matrix([[x]]))
            return column == 0 ? pass.layers[0].z[0, j] : weight * pass.layers[0].u[0, j]
        }
    }
}
