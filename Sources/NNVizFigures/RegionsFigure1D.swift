import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// `regions` for one input: the output ŷ(x) over the domain, and under it a strip of the intervals of
/// constant activation pattern, coloured and labelled with the pattern; joints as dashed verticals named
/// by the unit(s) that switch there; the data on the curve's axes.
enum RegionsFigure1D {
    static func build(_ r: Regions1D, _ context: FigureContext) -> FigureOutcome {
        let net = context.network, theme = context.theme
        let marks = JointMarks(network: net, regions: r)
        let left = 70.0, width = 620.0, labelRows = 3.0
        let plotTop = 44 + labelRows * 16
        let curves = OutputCurve1D.curves(net, r)
        let data = Data1D(context.model)
        let values = curves.flatMap(\.values) + data.targets
        let (ylo, yhi) = padded(values)
        let axes = Axes(frame: Rect(x: left, y: plotTop, width: width, height: 240),
                        xDomain: (r.domain.lowerBound, r.domain.upperBound), yDomain: (ylo, yhi))
        let yName = net.outputCount == 1 ? "ŷ" : "ŷₖ"
        var nodes = axes.decoration(theme: theme, xLabel: "", yLabel: yName, xTicks: 6, yTicks: 4)
        nodes += marks.lines(axes)
        for (k, curve) in curves.enumerated() {
            let color = net.outputCount == 1 ? theme.series[0] : CategoricalPalette.classColor(k)
            nodes += curve.nodes(axes, stroke: Stroke(color: color, width: 2.2, join: .round), theme: theme,
                                 info: NodeInfo(classes: ["output"])) { net.predict([$0])[k] }
        }
        nodes += data.nodes(axes, model: context.model, theme: theme)
        let labelled = marks.labels(axes, baseY: axes.frame.minY - 6, rows: Int(labelRows), theme: theme)
        nodes += labelled.nodes
        let stripTop = axes.frame.maxY + 26
        nodes += marks.strip(axes, top: stripTop, height: 26, theme: theme)
        let xName = Notation.input(0, names: net.inputNames)
        nodes.append(.text(TextNode(xName, at: Point(axes.frame.center.x, stripTop + 34), font: theme.font(11), color: theme.text,
                                    anchor: .middle, baseline: .hanging)))
        nodes.append(.text(TextNode("pattern", at: Point(axes.frame.minX - 6, stripTop + 13), font: theme.font(10),
                                    color: theme.mutedText, anchor: .end, baseline: .middle)))
        let counts = RegionCounts(r, network: net)
        let headline = "\(RegionBoundText.count(counts.count, network: net)), \(counts.linearPieces) linear piece" +
            (counts.linearPieces == 1 ? "" : "s")
        nodes.append(RegionsFigure.title(headline, at: Point(left, 16), theme: theme))
        var sceneWidth = axes.frame.maxX + 24
        var sceneHeight = stripTop + 60
        var trainingText = ""
        if let panel = RegionCountPanel(context) {
            let cell = Rect(x: sceneWidth + 10, y: plotTop - 10, width: 300, height: 240)
            nodes += panel.nodes(cell: cell, theme: theme)
            sceneWidth = cell.maxX + 16
            sceneHeight = max(sceneHeight, cell.maxY + 8)
            trainingText = " " + panel.sentence
        }
        let joints = r.breakpoints.map { LabelFormat.short($0) }.joined(separator: ", ")
        let alt = "The output of \(context.model.name) over x in [\(LabelFormat.short(r.domain.lowerBound)), " +
            "\(LabelFormat.short(r.domain.upperBound))] with its \(counts.count) intervals of constant activation pattern" +
            (joints.isEmpty ? "." : "; joints at x = \(joints).") + trainingText
        let scene = Scene(width: sceneWidth, height: sceneHeight, title: "Linear regions of \(context.model.name)", description: alt,
                          background: theme.background, nodes: nodes)
        let caption = "\(RegionBoundText.count(counts.count, network: net)): the strip shows each interval's activation pattern " +
            "(1 = unit on, | between layers); dashed lines are the joints, named by the unit that switches." + trainingText
        return .figure(Figure(name: .regions, scene: scene, caption: caption, altText: alt))
    }
}

/// The range of `values` widened by 6 % on each side (a flat set by ±0.5), so curves stay off the frame.
func padded(_ values: [Double]) -> (Double, Double) {
    let finite = values.filter(\.isFinite)
    let lo = finite.min() ?? 0, hi = finite.max() ?? 1
    let span = hi - lo
    return span > 1e-12 ? (lo - 0.06 * span, hi + 0.06 * span) : (lo - 0.5, hi + 0.5)
}

/// The data of a 1-D model, drawn as markers at (x, target).
struct Data1D {
    var xs: [Double]
    var targets: [Double]

    init(_ model: Model) {
        guard let d = model.data, d.inputs.columns == 1 else { xs = []; targets = []; return }
        xs = d.inputs.column(0)
        targets = d.targets
    }

    func nodes(_ axes: Axes, model: Model, theme: FigureTheme) -> [Node] {
        guard !xs.isEmpty else { return [] }
        let classes = model.network.outputCount == 1 ? DataMarks.classes(model) : nil
        let radius = xs.count > 60 ? 2.6 : 4.5
        let marks = xs.indices.map { i in
            DataMarks.marker(at: axes.point(xs[i], targets[i]), classIndex: classes?[i], radius: radius, theme: theme,
                             tooltip: "(\(LabelFormat.short(xs[i])), \(LabelFormat.short(targets[i])))")
        }
        return [.group(GroupNode(marks, info: NodeInfo(classes: ["data"])))]
    }
}
