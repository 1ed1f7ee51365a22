import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// `regions` for one input: the output ŷ(x) over the domain (one line per output, told apart by colour and dash,
/// with a legend when there are several), the data (test points hollow), joints as dashed verticals named by
/// the unit(s) that switch there, and under the plot a strip of the intervals of constant activation pattern,
/// each labelled with its pattern where the text fits (turned upright in narrow intervals); patterns that fit
/// nowhere are listed under the plot.
enum RegionsFigure1D {
    static func build(_ r: Regions1D, _ context: FigureContext) -> FigureOutcome {
        let net = context.network, theme = context.theme
        let counts = RegionCounts(r, network: net)
        let plot = Regions1DPanel(regions: r, network: net, model: context.model)
        let legend = MarkLegend(entries: legendEntries(plot, net: net, theme: theme))
        let inner = theme.size.width - 2 * theme.type.margin
        let layout = plot.layout(width: inner, theme: theme)
        let key = TextPanel(text: keyText(layout.unlabelled, network: net), role: .small)
        let countPanel = RegionCountPanel(context)
        var stack: [any Panel] = [TextPanel(text: headline(counts, net), role: .title), plot, legend, key]
        if let countPanel { stack.append(countPanel) }
        let root = VStack(stack.filter { $0.height(width: inner, theme: theme) > 0 })
        let trainingText = countPanel.map { " " + $0.sentence } ?? ""
        let joints = r.breakpoints.map { LabelFormat.short($0) }.joined(separator: ", ")
        let alt = "The output of \(context.model.name) over x in [\(LabelFormat.short(r.domain.lowerBound)), " +
            "\(LabelFormat.short(r.domain.upperBound))] with its \(RegionCaption.plural(counts.count, "interval")) of constant activation pattern" +
            (joints.isEmpty ? "." : "; joints at x = \(joints).") + trainingText
        let scene = FigureCanvas.scene(root, theme: theme, title: "Linear regions of \(context.model.name)", description: alt)
        let caption = RegionCaption.sentence1D(r, counts: counts, network: net) + RegionCaption.pieces(counts) +
            " The strip under the plot gives each interval's activation " +
            "pattern (1 = unit on, | between layers); dashed lines are the joints, named by the unit that switches." +
            (layout.droppedJoints.isEmpty ? "" : " No room to name the joint\(layout.droppedJoints.count == 1 ? "" : "s") at x = " +
                RegionCaption.list(layout.droppedJoints.map { LabelFormat.short($0) }) + ".") +
            (layout.unlabelled.isEmpty ? "" : " Intervals too narrow for their pattern are numbered in the strip and listed under the plot.") + trainingText
        return .figure(Figure(name: .regions, scene: scene, caption: caption, altText: alt))
    }

    /// The outputs (when there are several), the data (by class, or dark dots) and the test points.
    static func legendEntries(_ plot: Regions1DPanel, net: Network, theme: FigureTheme) -> [MarkLegend.Entry] {
        var entries: [MarkLegend.Entry] = []
        if net.outputCount > 1 {
            entries += (0..<net.outputCount).map {
                .init(label: Notation.unit(layer: net.layers.count - 1, $0, network: net), mark: .line(plot.outputStroke($0, theme)))
            }
        }
        let data = plot.data
        if let classes = data.classes {
            entries += Array(Set(classes)).sorted().map { .init(label: "data, class \($0)", mark: .classMarker($0)) }
        } else if !data.xs.isEmpty {
            entries.append(.init(label: "data", mark: .dataDot))
        }
        if !data.testXs.isEmpty { entries.append(.init(label: "test points (hollow)", mark: .testMarker(data.testClasses?.first))) }
        return entries
    }

    static func headline(_ counts: RegionCounts, _ net: Network) -> String {
        "\(RegionBoundText.count(counts.count, network: net)), \(RegionCaption.plural(counts.linearPieces, "linear piece"))"
    }

    /// "Patterns of the numbered intervals: 1 = 0110 on [−1, −0.8]; …" (empty when every interval is labelled).
    static func keyText(_ intervals: [(number: Int?, interval: Regions1D.Interval)], network: Network) -> String {
        guard !intervals.isEmpty else { return "" }
        return "Intervals too narrow for their pattern: " + intervals.map { n, iv in
            (n.map { "\($0) = " } ?? "") + PatternText.label(iv.pattern, network: network) +
                " on [\(LabelFormat.short(iv.lo)), \(LabelFormat.short(iv.hi))]"
        }.joined(separator: "; ") + "."
    }
}

/// The range of `values` widened by 6 % on each side (a flat set by ±0.5), so curves stay off the frame.
func padded(_ values: [Double]) -> (Double, Double) {
    let finite = values.filter(\.isFinite)
    let lo = finite.min() ?? 0, hi = finite.max() ?? 1
    let span = hi - lo
    return span > 1e-12 ? (lo - 0.06 * span, hi + 0.06 * span) : (lo - 0.5, hi + 0.5)
}

/// The data of a 1-D model, drawn as markers at (x, target); with `test`, the test split too (hollow).
struct Data1D {
    var xs: [Double]
    var targets: [Double]
    var testXs: [Double] = []
    var testTargets: [Double] = []
    var classes: [Int]?
    var testClasses: [Int]?

    init(_ model: Model, test: Bool = false) {
        guard let d = model.data, d.inputs.columns == 1 else { xs = []; targets = []; return }
        xs = d.inputs.column(0)
        targets = d.targets
        if test && d.testInputs.columns == 1 && d.testInputs.rows > 0 {
            testXs = Array(d.testInputs.column(0).prefix(d.testTargets.count))
            testTargets = Array(d.testTargets.prefix(testXs.count))
        }
        let single = model.network.outputCount == 1
        classes = single ? DataMarks.classes(of: targets, model: model) : nil
        testClasses = single ? DataMarks.classes(of: testTargets, model: model) : nil
    }

    func nodes(_ axes: Axes, model: Model, theme: FigureTheme) -> [Node] { nodes(axes, theme: theme) }

    func nodes(_ axes: Axes, theme: FigureTheme) -> [Node] {
        guard !xs.isEmpty || !testXs.isEmpty else { return [] }
        let radius = DataMarks.radius(count: xs.count + testXs.count, theme: theme)
        let marks = xs.indices.map { i in
            DataMarks.marker(at: axes.point(xs[i], targets[i]), classIndex: classes?[i], radius: radius, theme: theme,
                             tooltip: "(\(LabelFormat.short(xs[i])), \(LabelFormat.short(targets[i])))")
        } + testXs.indices.map { i in
            DataMarks.marker(at: axes.point(testXs[i], testTargets[i]), classIndex: testClasses?[i], radius: radius, theme: theme,
                             hollow: true, tooltip: "test (\(LabelFormat.short(testXs[i])), \(LabelFormat.short(testTargets[i])))")
        }
        return [.group(GroupNode(marks, info: NodeInfo(classes: ["data"])))]
    }
}
