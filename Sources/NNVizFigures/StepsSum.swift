import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// The last steps of the `steps` figure for one output k: the sum zᴼₖ over x (step 4), with the joints named,
/// the pattern strip, the value written on each flat piece (step nets: ticks at those values) or each piece's
/// slope in a row of its own (never on the data), and, when the output map is not the identity, ŷ = g_out(zᴼ)
/// with the data (step 5).
enum StepsSum {
    /// The panels: the sum, then the output when g_out is not the identity.
    static func panels(_ r: Regions1D, _ context: FigureContext, marks: JointMarks, output k: Int, sumTitle: String,
                       outputTitle: String) -> [StepsPanel] {
        let net = context.network
        let identity = net.outputActivation == .identity
        let zO = PiecewiseCurve(pieces: r.intervals.map { iv in
            [(iv.lo, iv.outputSlope[k] * iv.lo + iv.outputIntercept[k]), (iv.hi, iv.outputSlope[k] * iv.hi + iv.outputIntercept[k])]
        })
        var data = Data1D(context.model)
        if net.outputCount != 1 { data.xs = []; data.targets = [] }
        let sloped = r.intervals.contains { $0.outputSlope[k] != 0 }
        let xName = Notation.input(0, names: net.inputNames)
        let flat = StepsPanel.pieceTicks([zO])
        let sum = StepsPanel(
            title: [sumTitle], titleRole: .label, domain: r.domain, y: StepsPanel.range([zO], extra: identity ? data.targets : []),
            yTicks: flat, xLabel: xName, marks: marks, jointLabelRows: 3, strip: true,
            pieceRow: sloped ? ("slope", r.intervals.map { $0.outputSlope[k] }) : nil, aspect: 0.4,
            info: NodeInfo(id: "step4-sum", classes: ["panel", "step-4"], data: ["output": "\(k + 1)"]),
            content: { axes, theme in
                var nodes = zO.nodes(axes, stroke: Stroke(color: theme.text, width: theme.stroke(2), join: .round), theme: theme,
                                     info: NodeInfo(classes: ["sum-curve"])) { net.forward(Matrix([[$0]])).outputLogits[0, k] }
                let marks = identity ? data.nodes(axes, model: context.model, theme: theme) : []
                if flat != nil { nodes += valueLabels(zO, axes: axes, theme: theme, avoiding: data, identity: identity) }
                return nodes + marks
            })
        guard !identity else { return [sum] }
        let curve = OutputCurve1D.curves(net, r)[k]
        let output = StepsPanel(
            title: [outputTitle], titleRole: .label, domain: r.domain, y: StepsPanel.range([curve], extra: data.targets),
            yTicks: StepsPanel.pieceTicks([curve]), xLabel: xName, marks: marks, aspect: 0.3,
            info: NodeInfo(id: "step5-output", classes: ["panel", "step-5"], data: ["output": "\(k + 1)"]),
            content: { axes, theme in
                curve.nodes(axes, stroke: Stroke(color: theme.series[0], width: theme.stroke(2), join: .round), theme: theme,
                            info: NodeInfo(classes: ["output"])) { net.predict([$0])[k] }
                    + data.nodes(axes, model: context.model, theme: theme)
            })
        return [sum, output]
    }

    /// The value of each flat piece written just above it (below when there is no room above, or when a data
    /// point sits there), centred, where it fits the piece's width; neighbouring pieces of equal value share one.
    static func valueLabels(_ curve: PiecewiseCurve, axes: Axes, theme: FigureTheme, avoiding data: Data1D, identity: Bool) -> [Node] {
        var pieces: [(lo: Double, hi: Double, value: Double)] = []
        for p in curve.flatPieces {
            if let last = pieces.last, last.hi == p.lo, last.value == p.value { pieces[pieces.count - 1].hi = p.hi } else { pieces.append(p) }
        }
        let font = theme.font(.small, bold: true), gap = theme.type.pad * 0.5
        let points = identity ? zip(data.xs, data.targets).map { axes.point($0, $1) } : []
        var nodes: [Node] = []
        for p in pieces {
            let text = LabelFormat.short(p.value)
            let x0 = axes.x.map(p.lo), x1 = axes.x.map(p.hi), y = axes.y.map(p.value)
            guard TextMetrics.width(of: text, font: font) + 2 * gap <= x1 - x0 else { continue }
            let options = [TextNode(text, at: Point((x0 + x1) / 2, y - gap), font: font, color: theme.text, anchor: .middle, baseline: .alphabetic),
                           TextNode(text, at: Point((x0 + x1) / 2, y + gap), font: font, color: theme.text, anchor: .middle, baseline: .hanging)]
            let free = options.first { node in
                let box = TextMetrics.bounds(of: node)
                return box.minY >= axes.frame.minY && box.maxY <= axes.frame.maxY
                    && !points.contains { box.insetBy(-theme.type.pad).contains(Rect(x: $0.x, y: $0.y, width: 0, height: 0)) }
            }
            guard var node = free else { continue }
            node.info = NodeInfo(classes: ["piece-value"], tooltip: "zᴼ = \(text) on [\(LabelFormat.short(p.lo)), \(LabelFormat.short(p.hi))]")
            nodes += [.path(PathNode(path: .rect(TextMetrics.bounds(of: node).insetBy(-1)), fill: theme.background.withAlpha(0.8))), .text(node)]
        }
        return nodes
    }
}
