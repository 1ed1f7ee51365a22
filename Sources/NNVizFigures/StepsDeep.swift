import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// `steps` for deep 1-D nets: composition (folding) layer by layer. For each hidden layer l, one small multiple
/// per unit shows its activation uⱼ⁽ˡ⁾ as a function of x with the joints made so far (by layers ≤ l), shaded by the
/// pattern bits of those layers, so one sees each layer fold and re-bend the previous one; then the output zᴼ with
/// all joints, the pattern strip and each piece's slope or value (`StepsSum`).
enum StepsDeep {
    static func build(_ r: Regions1D, _ context: FigureContext) -> FigureOutcome {
        let net = context.network, theme = context.theme
        let f = UnitFunctions1D(network: net, regions: r)
        let allMarks = JointMarks(network: net, regions: r)
        var sections: [any Panel] = [TextPanel(text: "Composition, layer by layer: each hidden unit as a function of " +
                                               Notation.input(0, names: net.inputNames) + StepsFigure.outputNote(net), role: .title)]
        for (l, layer) in net.hiddenLayers.enumerated() {
            let marks = allMarks.upTo(layer: l)
            let curves = (0..<layer.units).map { f.curve(f.u[l][$0]) }
            let range = StepsPanel.range(curves), ticks = StepsPanel.pieceTicks(curves)
            let cells: [any Panel] = curves.enumerated().map { j, curve in
                let id = "\(l + 1).\(j + 1)"
                let formula = "\(Notation.hidden("u", layer: l, j, network: net)) = \(layer.activation.name)(\(Notation.hidden("z", layer: l, j, network: net)))"
                return StepsPanel(title: ["\(Notation.unit(layer: l, j, network: net)): " + formula.replacingOccurrences(of: " ", with: "\u{A0}")],
                                  domain: r.domain, y: range, yTicks: ticks, marks: marks,
                                  info: NodeInfo(id: "unit-\(l + 1)-\(j + 1)", classes: ["panel", "unit-multiple"], data: ["unit": id]),
                                  content: { axes, theme in
                                      curve.nodes(axes, stroke: Stroke(color: theme.series[0], width: theme.stroke(1.6), join: .round),
                                                  theme: theme, info: NodeInfo(classes: ["unit-curve"], data: ["unit": id])) {
                                          net.forward(Matrix([[$0]])).layers[l].u[0, j]
                                      }
                                  })
            }
            let heading = "hidden layer \(l + 1): \(layer.units) \(layer.activation.name) unit\(layer.units == 1 ? "" : "s"), " +
                "\(RegionsFigure.plural(marks.joints.count, "joint")) so far"
            let body = VStack([TextPanel(text: heading, role: .label),
                               SmallMultiples(panels: cells, minimumCellWidth: { $0.type.label * 9 })])
            sections.append(StepsGroupPanel(body: body, info: NodeInfo(id: "layer-\(l + 1)", classes: ["layer"])))
        }
        let pieces = RegionCounts(r, network: net).linearPieces
        let zO = Notation.outputLogit(0, network: net)
        let last = "u⁽\(Notation.sup(net.hiddenLayers.count))⁾"
        let one = net.outputCount == 1
        let sumTitle = "output: \(zO) = Wᴼ\(one ? "" : "₁")\(last) + bᴼ\(one ? "" : "₁"), \(RegionsFigure.plural(pieces, "linear piece"))" +
            (net.outputActivation == .identity ? "; ŷ\(one ? "" : "₁") = \(zO)" : "")
        let outputTitle = "ŷ\(net.outputCount == 1 ? "" : "₁") = \(net.outputActivation.name)(\(zO))"
        let sums = StepsSum.panels(r, context, marks: allMarks, output: 0, sumTitle: sumTitle, outputTitle: outputTitle)
        sections.append(StepsGroupPanel(body: VStack(sums), info: NodeInfo(id: "output", classes: ["output"])))
        let alt = "Composition of \(context.model.name): the units of each of its \(net.hiddenLayers.count) hidden layers as " +
            "functions of x, then the output, with \(RegionsFigure.plural(r.joints.count, "joint")) in all."
        let scene = FigureCanvas.scene(VStack(sections), theme: theme, title: "Layer-by-layer composition of \(context.model.name)",
                                       description: alt)
        return .figure(Figure(name: .steps, scene: scene, caption: caption(r, net: net, allMarks: allMarks), altText: alt))
    }

    /// How many joints each layer adds in this example and how many pieces the output has.
    static func caption(_ r: Regions1D, net: Network, allMarks: JointMarks) -> String {
        let counts = net.hiddenLayers.indices.map { l in r.joints.filter { $0.layer == l }.count }
        let added = counts.enumerated().map { "layer \($0.offset + 1) adds \($0.element)" }.joined(separator: ", ")
        return "Each hidden layer bends the functions of the layer before at new joints (dashed): \(added), " +
            "so the output has \(RegionsFigure.plural(r.intervals.count, "piece")) between \(RegionsFigure.plural(r.joints.count, "joint"))." +
            (net.outputCount > 1 ? " Only output ŷ₁ is drawn." : "")
    }
}

/// A panel whose nodes are wrapped in one group carrying `info` (an id, classes, data attributes).
struct StepsGroupPanel: Panel {
    var body: any Panel
    var info: NodeInfo
    func height(width: Double, theme: FigureTheme) -> Double { body.height(width: width, theme: theme) }
    func draw(in rect: Rect, theme: FigureTheme) -> [Node] { [.group(GroupNode(body.draw(in: rect, theme: theme), info: info))] }
}
