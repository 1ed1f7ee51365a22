import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// `steps` for deep 1-D nets: composition (folding) layer by layer. Row l shows every unit of hidden layer l
/// as a function of x, h⁽ˡ⁾ⱼ(x), with the joints made so far (by layers ≤ l), so one sees each layer fold
/// and re-bend the previous one; the last row is the output with all joints, its slopes and the data.
enum StepsDeep {
    static let width = 680.0, rowHeight = 170.0

    static func build(_ r: Regions1D, _ context: FigureContext) -> FigureOutcome {
        let net = context.network, theme = context.theme
        let f = UnitFunctions1D(network: net, regions: r)
        let allMarks = JointMarks(network: net, regions: r)
        var nodes: [Node] = [.text(TextNode("Composition, layer by layer: each hidden layer's units as functions of x",
                                            at: Point(8, 14), font: theme.font(13, bold: true), color: theme.text, baseline: .middle))]
        let top = 34.0
        for (l, layer) in net.hiddenLayers.enumerated() {
            var marks = allMarks
            let upTo = Set(r.joints.enumerated().filter { $0.element.layer <= l }.map(\.offset))
            marks.joints = allMarks.joints.enumerated().filter { upTo.contains($0.offset) }.map(\.element)
            marks.prefixBits = PatternText.bitLayers(net).filter { $0.layer <= l }.reduce(0) { $0 + $1.units }
            let curves = (0..<layer.units).map { f.curve(f.u[l][$0]) }
            let panel = StepsPanel(cell: Rect(x: 0, y: top + Double(l) * rowHeight, width: width, height: rowHeight),
                                   domain: r.domain, y: StepsPanel.range(curves), extraTop: 16)
            let title = "hidden layer \(l + 1): \(layer.units) \(layer.activation.name) unit\(layer.units == 1 ? "" : "s"), " +
                "\(marks.joints.count) joint\(marks.joints.count == 1 ? "" : "s") so far"
            var panelNodes = panel.base(title: title, marks: marks, theme: theme)
            for (j, curve) in curves.enumerated() {
                panelNodes += curve.nodes(panel.axes, stroke: Stroke(color: StepsPanel.unitColor(j), width: 1.5, join: .round),
                                          theme: theme, info: NodeInfo(classes: ["unit-curve"], tooltip: Notation.unit(layer: l, j, network: net))) {
                    net.forward(Matrix([[$0]])).layers[l].u[0, j]
                }
            }
            panelNodes += marks.labels(panel.axes, baseY: panel.axes.frame.minY - 3, rows: 2, theme: theme).nodes
            panelNodes += unitLegend(layer.units, layer: l, net: net, at: Point(panel.axes.frame.maxX + 4, panel.axes.frame.minY), theme: theme)
            nodes.append(.group(GroupNode(panelNodes, info: NodeInfo(id: "layer-\(l + 1)", classes: ["panel", "layer"]))))
        }
        let outTop = top + Double(net.hiddenLayers.count) * rowHeight
        let outputCurves = OutputCurve1D.curves(net, r)
        let data = Data1D(context.model)
        let panel = StepsPanel(cell: Rect(x: 0, y: outTop, width: width, height: rowHeight + 20), domain: r.domain,
                               y: StepsPanel.range(outputCurves, extra: data.targets), extraTop: 16)
        let pieces = RegionCounts(r, network: net).linearPieces
        var outNodes = panel.base(title: "output ŷ: \(RegionsFigure.plural(pieces, "linear piece"))", marks: allMarks, theme: theme,
                                  xLabel: Notation.input(0, names: net.inputNames))
        for (k, curve) in outputCurves.enumerated() {
            outNodes += curve.nodes(panel.axes, stroke: Stroke(color: theme.text, width: 2.2, join: .round), theme: theme,
                                    info: NodeInfo(classes: ["output"])) { net.predict([$0])[k] }
        }
        outNodes += data.nodes(panel.axes, model: context.model, theme: theme)
        if net.outputActivation == .identity { outNodes += panel.slopeLabels(r, output: 0, theme: theme) }
        outNodes += allMarks.labels(panel.axes, baseY: panel.axes.frame.minY - 3, rows: 2, theme: theme).nodes
        nodes.append(.group(GroupNode(outNodes, info: NodeInfo(id: "output", classes: ["panel", "output"]))))
        let alt = "Composition of \(context.model.name): the units of each of its \(net.hiddenLayers.count) hidden layers as " +
            "functions of x, then the output, with \(r.joints.count) joints in all."
        let scene = Scene(width: width + 90, height: outTop + rowHeight + 30, title: "Layer-by-layer composition of \(context.model.name)",
                          description: alt, background: theme.background, nodes: nodes)
        let caption = "Deep network as composition: each row shows one hidden layer's units as functions of x with the joints " +
            "made so far (dashed); each layer bends (folds) the functions of the layer before, so joints multiply with depth. " +
            "The last row is the output with all \(r.joints.count) joints."
        return .figure(Figure(name: .steps, scene: scene, caption: caption, altText: alt))
    }

    /// Unit names in their colours, stacked to the right of a panel (at most 8, then "…").
    static func unitLegend(_ count: Int, layer: Int, net: Network, at p: Point, theme: FigureTheme) -> [Node] {
        var nodes: [Node] = []
        for j in 0..<min(count, 8) {
            let y = p.y + 6 + Double(j) * 13
            nodes.append(.path(PathNode(path: .line(Point(p.x, y), Point(p.x + 14, y)), stroke: Stroke(color: StepsPanel.unitColor(j), width: 2))))
            nodes.append(.text(TextNode(Notation.unit(layer: layer, j, network: net), at: Point(p.x + 18, y), font: theme.font(10),
                                        color: theme.text, baseline: .middle)))
        }
        if count > 8 {
            nodes.append(.text(TextNode("…", at: Point(p.x + 18, p.y + 6 + 8 * 13), font: theme.font(10), color: theme.text, baseline: .middle)))
        }
        return nodes
    }
}
