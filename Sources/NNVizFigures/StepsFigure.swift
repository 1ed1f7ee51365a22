import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// `steps`: the "four steps" of a 1-D network (seed 003, after Prince, *Understanding Deep Learning* ch. 3):
/// 1. each hidden unit's pre-activation zⱼ = wⱼx + bⱼ, 2. after the activation hⱼ = g(zⱼ), 3. weighted by its
/// output weight vⱼhⱼ, 4. the sum zᴼ = b + Σ vⱼhⱼ (and ŷ = g(zᴼ) when the output map is not the identity),
/// with the joints x = −bⱼ/wⱼ dashed and named, intervals shaded by pattern, the data, each piece's slope.
/// One row per unit up to `maxRows` units, all units overlaid in one row beyond. Deep nets: `StepsDeep`.
enum StepsFigure {
    static let maxRows = 6
    static let cellWidth = 250.0, rowHeight = 150.0, sumHeight = 230.0

    static func build(_ context: FigureContext) -> FigureOutcome {
        let net = context.network
        guard net.inputCount == 1 else {
            return .skipped(reason: "the four-steps panels need a 1-D input; this model has \(net.inputCount) inputs.")
        }
        let regions: Regions1D
        switch context.current.regions {
        case .oneD(let r): regions = r
        case .unavailable(let reason): return .skipped(reason: reason)
        default: return .skipped(reason: "the four-steps panels need a 1-D input.")
        }
        if net.hiddenLayers.count != 1 { return StepsDeep.build(regions, context) }
        return buildShallow(regions, context)
    }

    static func buildShallow(_ r: Regions1D, _ context: FigureContext) -> FigureOutcome {
        let net = context.network, theme = context.theme
        let hidden = net.layers[0]
        let f = UnitFunctions1D(network: net, regions: r)
        let marks = JointMarks(network: net, regions: r)
        let units = Array(0..<hidden.units)
        let overlay = units.count > maxRows
        let rows: [[Int]] = overlay ? [units] : units.map { [$0] }
        var nodes: [Node] = []
        let top = 52.0
        for (column, heading) in ["1. pre-activation", "2. activation", "3. weighted by vⱼ"].enumerated() {
            nodes.append(.text(TextNode(heading, at: Point(Double(column) * cellWidth + 50, 38), font: theme.font(12, bold: true),
                                        color: theme.series[0], baseline: .middle)))
        }
        let grid = StepsRows(network: net, functions: f, marks: marks, rows: rows, overlay: overlay, theme: theme)
        nodes += grid.nodes(top: top, domain: r.domain)
        let sumTop = top + Double(rows.count) * rowHeight + 8
        nodes += sumPanels(r, context, top: sumTop, marks: marks)
        let hasOutputPanel = net.outputActivation != .identity
        nodes.append(.text(TextNode(heading(net, overlay: overlay), at: Point(8, 14), font: theme.font(13, bold: true),
                                    color: theme.text, baseline: .middle)))
        if overlay {
            nodes += StepsDeep.unitLegend(units.count, layer: 0, net: net, at: Point(3 * cellWidth + 4, top + 34), theme: theme)
        }
        let width = 3 * cellWidth + (overlay ? 60 : 10)
        let height = sumTop + sumHeight + 10
        let joints = marks.joints.map { "\($0.names) at x = \(LabelFormat.short($0.x))" }.joined(separator: ", ")
        let alt = "The four steps of \(context.model.name) over x: each hidden unit's pre-activation line, its activation, " +
            "its weighted activation, and their sum" + (hasOutputPanel ? " with the output ŷ" : "") +
            (joints.isEmpty ? "." : "; joints: \(joints).")
        let scene = Scene(width: width, height: height, title: "The four steps of \(context.model.name)", description: alt,
                          background: theme.background, nodes: nodes)
        let caption = "The four steps: 1. each hidden unit's line zⱼ = wⱼx + bⱼ; 2. the activation hⱼ = \(hidden.activation.name)(zⱼ); " +
            "3. weighted by its output weight vⱼ; 4. summed with the bias into zᴼ" + (hasOutputPanel ? ", then ŷ = \(net.outputActivation.name)(zᴼ)" : "") +
            ". Dashed lines are the joints x = −bⱼ/wⱼ; shading shows the activation pattern of each interval." +
            (net.outputCount > 1 ? " Steps 3 and 4 are drawn for the first output." : "")
        return .figure(Figure(name: .steps, scene: scene, caption: caption, altText: alt))
    }

    static func heading(_ net: Network, overlay: Bool) -> String {
        "The four steps: \(net.layers[0].units) hidden \(net.layers[0].activation.name) unit" +
            (net.layers[0].units == 1 ? "" : "s") + (overlay ? " (overlaid, one colour per unit)" : "")
    }

    /// The per-unit title of a panel in column 0, 1 or 2, with the unit's numbers.
    static func specific(_ column: Int, unit j: Int, net: Network) -> String {
        let name = Notation.unit(layer: 0, j, network: net)
        let w = net.layers[0].weights[j, 0], b = net.layers[0].biases[j], v = net.layers[1].weights[0, j]
        switch column {
        case 0: return "z\(Notation.sub(j + 1)) = " + linear(w, b)
        case 1: return "\(name) = \(net.layers[0].activation.name)(z)"
        default: return "\(LabelFormat.short(v)) · \(name)"
        }
    }

    /// "x − 2", "−x + 1", "0.5x": a line w·x + b written the way a teacher would.
    static func linear(_ w: Double, _ b: Double) -> String {
        let slope = w == 1 ? "x" : w == -1 ? "−x" : "\(LabelFormat.short(w))x"
        if b == 0 { return slope }
        return slope + (b < 0 ? " − " : " + ") + LabelFormat.short(abs(b))
    }

    /// Step 4 (the sum zᴼ with slopes; the data when the output is the identity) and, for other output maps,
    /// step 5: ŷ = g(zᴼ) with the data.
    static func sumPanels(_ r: Regions1D, _ context: FigureContext, top: Double, marks: JointMarks) -> [Node] {
        let net = context.network, theme = context.theme
        let identity = net.outputActivation == .identity
        let width = identity ? 3 * cellWidth : 1.5 * cellWidth
        let zO = PiecewiseCurve(pieces: r.intervals.map { iv in
            [(iv.lo, iv.outputSlope[0] * iv.lo + iv.outputIntercept[0]), (iv.hi, iv.outputSlope[0] * iv.hi + iv.outputIntercept[0])]
        })
        let data = Data1D(context.model)
        let sumPanel = StepsPanel(cell: Rect(x: 0, y: top, width: width, height: sumHeight), domain: r.domain,
                                  y: StepsPanel.range([zO], extra: identity ? data.targets : []))
        let xName = Notation.input(0, names: net.inputNames)
        let bias = LabelFormat.short(net.outputLayer.biases[0])
        var nodes = sumPanel.base(title: "4. sum zᴼ = \(bias) + Σ vⱼhⱼ" + (identity ? " = ŷ" : ""), marks: marks, theme: theme, xLabel: xName)
        nodes += zO.nodes(sumPanel.axes, stroke: Stroke(color: theme.text, width: 2.2, join: .round), theme: theme,
                          info: NodeInfo(classes: ["sum-curve"])) { net.forward(Matrix([[$0]])).outputLogits[0, 0] }
        if identity { nodes += data.nodes(sumPanel.axes, model: context.model, theme: theme) }
        nodes += sumPanel.slopeLabels(r, output: 0, theme: theme)
        nodes += marks.labels(sumPanel.axes, baseY: sumPanel.axes.frame.minY - 3, rows: 1, theme: theme).nodes
        var result: [Node] = [.group(GroupNode(nodes, info: NodeInfo(id: "step4-sum", classes: ["panel", "step-4"])))]
        guard !identity else { return result }
        let outCurve = OutputCurve1D.curves(net, r)[0]
        let outPanel = StepsPanel(cell: Rect(x: width, y: top, width: width, height: sumHeight), domain: r.domain,
                                  y: StepsPanel.range([outCurve], extra: data.targets))
        var outNodes = outPanel.base(title: "5. output ŷ = \(net.outputActivation.name)(zᴼ)", marks: marks, theme: theme, xLabel: xName)
        outNodes += outCurve.nodes(outPanel.axes, stroke: Stroke(color: theme.series[0], width: 2.2, join: .round), theme: theme,
                                   info: NodeInfo(classes: ["output"])) { net.predict([$0])[0] }
        outNodes += data.nodes(outPanel.axes, model: context.model, theme: theme)
        result.append(.group(GroupNode(outNodes, info: NodeInfo(id: "step5-output", classes: ["panel", "step-5"]))))
        return result
    }
}
