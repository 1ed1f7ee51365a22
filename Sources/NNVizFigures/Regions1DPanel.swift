import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// The 1-D region plot as a panel: joint names above the frame (as many rows as they need, none when there are
/// no joints), the output curves, the data, dashed joints running down through the pattern strip, and the strip
/// of intervals (each with `data-pattern` and `data-region`) labelled with their patterns where the text fits —
/// horizontally, else upright, else not (the layout lists those for a key under the plot).
struct Regions1DPanel: Panel {
    var regions: Regions1D
    var network: Network
    var data: Data1D
    var curves: [PiecewiseCurve]
    var names: [(x: Double, names: String, layer: Int, unit: Int)]

    init(regions: Regions1D, network: Network, model: Model) {
        self.regions = regions
        self.network = network
        data = Data1D(model, test: true)
        curves = OutputCurve1D.curves(network, regions)
        let marks = JointMarks(network: network, regions: regions)
        names = zip(marks.joints, regions.joints).map { ($0.x, $0.names, $1.layer, $1.unit) }
    }

    /// How each interval's pattern is written in the strip.
    /// `numbered(n)`: too narrow for the pattern, the interval shows its number n in the key under the plot.
    enum StripLabel: Equatable { case horizontal, upright, numbered(Int), none }

    /// Everything that depends on the width.
    struct Layout {
        var left = 0.0, right = 0.0, top = 0.0, frameHeight = 0.0, tickBand = 0.0, stripHeight = 0.0
        var jointRows: [Int?] = []
        var stripLabels: [StripLabel] = []
        /// Intervals whose pattern is not in the strip, with the number shown in their cell (nil: no room).
        var unlabelled: [(number: Int?, interval: Regions1D.Interval)] = []
        var droppedJoints: [Double] = []
        var total: Double { top + frameHeight + tickBand + stripHeight }
    }

    var yDomain: (Double, Double) { padded(curves.flatMap(\.values) + data.targets + data.testTargets) }
    var yName: String { network.outputCount == 1 ? "ŷ" : "ŷₖ" }
    var xName: String { Notation.input(0, names: network.inputNames) }
    static let maxJointRows = 3

    func outputStroke(_ k: Int, _ theme: FigureTheme) -> Stroke {
        let w = theme.stroke(2)
        let color = network.outputCount == 1 ? theme.series[0] : CategoricalPalette.classColor(k)
        let dashes: [[Double]] = [[], [3 * w, 1.5 * w], [w, 1.5 * w], [4 * w, 1.5 * w, w, 1.5 * w]]
        return Stroke(color: color, width: w, dash: dashes[k % dashes.count], join: .round)
    }

    func layout(width: Double, theme: FigureTheme) -> Layout {
        var l = Layout()
        let probe = Axes(frame: Rect(x: 0, y: 0, width: 100, height: 100), xDomain: (regions.domain.lowerBound, regions.domain.upperBound),
                         yDomain: yDomain)
        let m = Axes.margins(theme: theme, yTickLabels: probe.y.tickLabels(4), xLabel: false, yLabel: true)
        l.left = m.left; l.right = m.right
        let fw = max(1, width - m.left - m.right)
        l.frameHeight = min(fw * 0.5, theme.size.isSlide ? 0.3 * theme.size.width : fw)
        l.tickBand = m.bottom + theme.type.pad * 0.5
        // Joint names: candidates in rows above the frame top (y = 0 here).
        let rowHeight = theme.type.lineHeight(.small)
        let candidates = names.map { j in
            (0..<Self.maxJointRows).map { row in jointLabel(j.names, x: m.left + fw * fraction(j.x), y: -rowHeight * (Double(row) + 0.5), theme: theme) }
        }
        l.jointRows = LabelPlacer.place(candidates.map { $0.map { TextMetrics.bounds(of: $0).insetBy(-1) } }, padding: 1,
                                        bounds: Rect(x: 0, y: -rowHeight * Double(Self.maxJointRows) - 1, width: width, height: rowHeight * Double(Self.maxJointRows) + 2))
        l.droppedJoints = zip(names, l.jointRows).compactMap { $1 == nil ? $0.x : nil }
        let rows = l.jointRows.compactMap { $0 }.max().map { $0 + 1 } ?? 0
        l.top = rows == 0 ? m.top : Double(rows) * rowHeight + theme.type.pad * 0.5
        // Strip labels.
        let font = theme.font(.small), pad = theme.type.pad
        let cap = max(l.frameHeight, rowHeight * 2)
        var upright = 0.0, number = 0
        for iv in regions.intervals {
            let text = PatternText.label(iv.pattern, network: network)
            let w = fw * (iv.hi - iv.lo) / span, tw = TextMetrics.width(of: text, font: font)
            if tw + 2 <= w { l.stripLabels.append(.horizontal); continue }
            if rowHeight <= w && tw + 2 * pad <= cap { l.stripLabels.append(.upright); upright = max(upright, tw + 2 * pad); continue }
            let fits = TextMetrics.width(of: "\(number + 1)", font: font) + 1 <= w
            if fits { number += 1 }
            l.stripLabels.append(fits ? .numbered(number) : .none)
            l.unlabelled.append((fits ? number : nil, iv))
        }
        l.stripHeight = max(rowHeight * 1.5, upright) + pad + theme.type.lineHeight(.label)
        return l
    }

    var span: Double { max(regions.domain.upperBound - regions.domain.lowerBound, 1e-12) }
    func fraction(_ x: Double) -> Double { (x - regions.domain.lowerBound) / span }

    func jointLabel(_ text: String, x: Double, y: Double, theme: FigureTheme) -> TextNode {
        TextNode(text, at: Point(x, y), font: theme.font(.small, bold: true), color: theme.text, anchor: .middle, baseline: .middle,
                 info: NodeInfo(classes: ["joint-label"]))
    }

    func height(width: Double, theme: FigureTheme) -> Double { layout(width: width, theme: theme).total }

    func draw(in rect: Rect, theme: FigureTheme) -> [Node] {
        let l = layout(width: rect.width, theme: theme)
        let frame = Rect(x: rect.minX + l.left, y: rect.minY + l.top, width: max(1, rect.width - l.left - l.right), height: l.frameHeight)
        let axes = Axes(frame: frame, xDomain: (regions.domain.lowerBound, regions.domain.upperBound), yDomain: yDomain)
        let stripTop = frame.maxY + l.tickBand
        let stripBottom = stripTop + l.stripHeight - theme.type.pad - theme.type.lineHeight(.label)
        var nodes = axes.decoration(theme: theme, xLabel: "", yLabel: yName, xTicks: 6, yTicks: 4)
        nodes += strip(axes, top: stripTop, bottom: stripBottom, labels: l.stripLabels, theme: theme)
        nodes += jointLines(axes, bottom: stripBottom, theme: theme)
        for (k, curve) in curves.enumerated() {
            nodes += curve.nodes(axes, stroke: outputStroke(k, theme), theme: theme,
                                 info: NodeInfo(classes: ["output"], data: ["output": "\(k + 1)"])) { network.predict([$0])[k] }
        }
        nodes += data.nodes(axes, theme: theme)
        let rowHeight = theme.type.lineHeight(.small)
        for (j, row) in zip(names, l.jointRows) {
            guard let row else { continue }
            nodes.append(.text(jointLabel(j.names, x: axes.x.map(j.x), y: frame.minY - rowHeight * (Double(row) + 0.5), theme: theme)))
        }
        nodes.append(.text(TextNode(xName, at: Point(frame.center.x, stripBottom + theme.type.pad), font: theme.font(.label),
                                    color: theme.text, anchor: .middle, baseline: .hanging)))
        return [.group(GroupNode(nodes, info: NodeInfo(classes: ["region-plot"])))]
    }

    /// Dashed verticals at the joints from the frame top down through the strip (`data-unit` of the switching unit).
    func jointLines(_ axes: Axes, bottom: Double, theme: FigureTheme) -> [Node] {
        let w = theme.stroke(1)
        let stroke = Stroke(color: theme.mutedText, width: w, dash: [4 * w, 3 * w])
        return names.map { j in
            let x = axes.x.map(j.x)
            return .path(PathNode(path: .line(Point(x, axes.frame.minY), Point(x, bottom)), stroke: stroke,
                                  info: NodeInfo(classes: ["joint"], tooltip: "joint of \(j.names) at x = \(LabelFormat.short(j.x))",
                                                 data: ["unit": "\(j.layer + 1).\(j.unit + 1)"])))
        }
    }

    /// One cell per interval in its pattern colour, with the pattern written as the layout says.
    func strip(_ axes: Axes, top: Double, bottom: Double, labels: [StripLabel], theme: FigureTheme) -> [Node] {
        var nodes: [Node] = []
        for (i, (iv, how)) in zip(regions.intervals, labels).enumerated() {
            let x0 = axes.x.map(iv.lo), x1 = axes.x.map(iv.hi)
            let label = PatternText.label(iv.pattern, network: network)
            nodes.append(.path(PathNode(path: .rect(Rect(x: x0, y: top, width: x1 - x0, height: bottom - top)),
                                        fill: PatternColors.color(forPattern: iv.pattern),
                                        stroke: Stroke(color: theme.background, width: theme.stroke(1)),
                                        info: NodeInfo(id: "region-\(i)", classes: ["region", "interval"],
                                                       tooltip: "[\(LabelFormat.short(iv.lo)), \(LabelFormat.short(iv.hi))]: pattern \(label)",
                                                       data: ["pattern": label, "region": "\(i)"]))))
            let text: String
            switch how {
            case .none: continue
            case .numbered(let n): text = "\(n)"
            case .horizontal, .upright: text = label
            }
            nodes.append(.text(TextNode(text, at: Point((x0 + x1) / 2, (top + bottom) / 2), font: theme.font(.small), color: theme.text,
                                        anchor: .middle, baseline: .middle, rotation: how == .upright ? -90 : 0,
                                        info: NodeInfo(classes: ["pattern-label"], data: ["pattern": label, "region": "\(i)"]))))
        }
        nodes.append(.path(PathNode(path: .rect(Rect(x: axes.frame.minX, y: top, width: axes.frame.width, height: bottom - top)),
                                    stroke: Stroke(color: theme.axis, width: theme.stroke(1)))))
        return nodes
    }
}
