import NNVizEngine
import NNVizScene

/// Steps 1–3 of the shallow `steps` figure: one row per hidden unit (or one overlaid row), columns zⱼ, hⱼ, vⱼhⱼ,
/// every column on one shared y range so the rows compare.
struct StepsRows {
    var network: Network
    var functions: UnitFunctions1D
    var marks: JointMarks
    /// The units of each row (one unit per row, or all units in one overlaid row).
    var rows: [[Int]]
    var overlay: Bool
    var theme: FigureTheme

    /// The three columns' curves: pre-activation, activation, weighted activation, per unit.
    var curves: [[PiecewiseCurve]] {
        let units = Array(0..<network.layers[0].units), f = functions, out = network.layers[1]
        return [units.map { f.curve(f.z[0][$0]) }, units.map { f.curve(f.u[0][$0]) },
                units.map { f.curve(f.u[0][$0], scale: out.weights[0, $0]) }]
    }

    func nodes(top: Double, domain: ClosedRange<Double>) -> [Node] {
        let curves = self.curves
        let ranges = curves.map { StepsPanel.range($0) }
        var nodes: [Node] = []
        for (row, members) in rows.enumerated() {
            for column in 0..<3 {
                let cell = Rect(x: Double(column) * StepsFigure.cellWidth, y: top + Double(row) * StepsFigure.rowHeight,
                                width: StepsFigure.cellWidth, height: StepsFigure.rowHeight)
                let panel = StepsPanel(cell: cell, domain: domain, y: ranges[column])
                var panelNodes = panel.base(title: title(column, members), marks: marks, theme: theme)
                for j in members { panelNodes += curveNodes(curves[column][j], column: column, unit: j, axes: panel.axes) }
                if row == 0 { panelNodes += marks.labels(panel.axes, baseY: panel.axes.frame.minY - 3, rows: 1, theme: theme).nodes }
                let names = members.map { Notation.unit(layer: 0, $0, network: network) }.joined(separator: "-")
                nodes.append(.group(GroupNode(panelNodes, info: NodeInfo(id: "step\(column + 1)-\(names)", classes: ["panel", "step-\(column + 1)"]))))
            }
        }
        return nodes
    }

    func title(_ column: Int, _ members: [Int]) -> String {
        let act = network.layers[0].activation.name
        let generic = ["zⱼ = wⱼx + bⱼ", "hⱼ = \(act)(zⱼ)", "vⱼhⱼ"]
        return overlay ? generic[column] : StepsFigure.specific(column, unit: members[0], net: network)
    }

    /// One unit's curve in one column, with jump dots at the true value (forward pass at the jump).
    func curveNodes(_ curve: PiecewiseCurve, column: Int, unit j: Int, axes: Axes) -> [Node] {
        let weight = column == 2 ? network.layers[1].weights[0, j] : 1
        let color = overlay ? StepsPanel.unitColor(j) : theme.series[0]
        let net = network
        return curve.nodes(axes, stroke: Stroke(color: color, width: overlay ? 1.4 : 2, join: .round), theme: theme,
                           info: NodeInfo(classes: ["unit-curve"])) { x in
            let pass = net.forward(Matrix([[x]]))
            return column == 0 ? pass.layers[0].z[0, j] : weight * pass.layers[0].u[0, j]
        }
    }
}
