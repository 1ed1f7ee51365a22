import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// One plot over x of the `steps` figure, as a `Panel`: a title (one or more wrapped lines), optional rows of
/// joint labels above the frame, the frame with the intervals shaded by activation pattern and the joints dashed,
/// then the curves drawn by `content`. Optionally the pattern strip (each interval's bits written in it) and a
/// row of per-piece numbers (slopes) under the x axis. The same panel serves a row of the full figure, a small
/// multiple per unit and a thumbnail.
struct StepsPanel: Panel {
    /// Title lines, each wrapped to the width.
    var title: [String]
    var titleRole: TextRole = .small
    var domain: ClosedRange<Double>
    var y: (Double, Double)
    /// Explicit y ticks (the piece values of step nets); nil = automatic.
    var yTicks: [Double]? = nil
    var xLabel = ""
    var marks: JointMarks
    /// Rows of joint labels above the frame (0 = none).
    var jointLabelRows = 0
    /// The pattern strip under the axis, with the line that says what its bits are.
    var strip = false
    /// Numbers written under each interval in a row of their own (slopes), with the row's name; nil = none.
    var pieceRow: (name: String, values: [Double])? = nil
    var aspect = 0.6
    var info: NodeInfo = .none
    var content: (Axes, FigureTheme) -> [Node] = { _, _ in [] }

    static let automaticTicks = 3

    func tickLabels(_ theme: FigureTheme) -> [String] {
        if let yTicks { return yTicks.map { LabelFormat.short($0) } }
        let scale = Axes(frame: Rect(x: 0, y: 0, width: 100, height: 100), xDomain: (0, 1), yDomain: y).y
        return scale.ticks(Self.automaticTicks).map { LabelFormat.short($0) }
    }

    func margins(_ theme: FigureTheme) -> (left: Double, right: Double, top: Double, bottom: Double) {
        Axes.margins(theme: theme, yTickLabels: tickLabels(theme), xLabel: !xLabel.isEmpty, yLabel: false)
    }

    func titleHeight(_ width: Double, theme: FigureTheme) -> Double {
        title.map { TextPanel(text: $0, role: titleRole).height(width: width, theme: theme) }.reduce(0, +)
    }

    var rowHeight: (FigureTheme) -> Double { { $0.type.lineHeight(.small) + $0.type.pad * 0.5 } }

    /// The line under the strip that says what its bits are.
    var stripKey: TextPanel {
        TextPanel(text: "activation pattern of each interval, bits " + bitNames + " (1 = on)", role: .small, color: { $0.mutedText })
    }

    /// Height of what sits under the x tick labels (strip, its key, the piece row) for a panel `width` wide.
    func underHeight(_ width: Double, theme: FigureTheme) -> Double {
        let m = margins(theme), frameWidth = max(1, width - m.left - m.right)
        return (strip ? rowHeight(theme) + stripKey.height(width: frameWidth, theme: theme) : 0)
            + Double(numberRows(width, theme: theme)) * rowHeight(theme) + (strip || pieceRow != nil ? theme.type.pad * 0.25 : 0)
    }

    /// `aspect` × the frame's width, but no taller than 14 label heights (wide panels stay flat).
    func frameHeight(_ width: Double, theme: FigureTheme) -> Double {
        let m = margins(theme)
        return min(max(0, width - m.left - m.right) * aspect, theme.type.label * 14)
    }

    /// The rows of joint labels actually needed at this width (at most `jointLabelRows`).
    func labelRows(_ width: Double, theme: FigureTheme) -> Int {
        guard jointLabelRows > 0, !marks.joints.isEmpty else { return 0 }
        let m = margins(theme)
        let probe = Axes(frame: Rect(x: m.left, y: 100, width: max(1, width - m.left - m.right), height: 10),
                         xDomain: (domain.lowerBound, domain.upperBound), yDomain: y)
        return max(1, marks.labels(probe, baseY: 90, rows: jointLabelRows, theme: theme).rows)
    }

    func height(width: Double, theme: FigureTheme) -> Double {
        let m = margins(theme)
        return titleHeight(width, theme: theme) + Double(labelRows(width, theme: theme)) * JointMarks.labelRowHeight(theme) + m.top
            + frameHeight(width, theme: theme) + m.bottom + underHeight(width, theme: theme)
    }

    func axes(in rect: Rect, theme: FigureTheme) -> Axes {
        let m = margins(theme)
        let top = rect.minY + titleHeight(rect.width, theme: theme) + Double(labelRows(rect.width, theme: theme)) * JointMarks.labelRowHeight(theme) + m.top
        let frame = Rect(x: rect.minX + m.left, y: top, width: max(1, rect.width - m.left - m.right),
                         height: frameHeight(rect.width, theme: theme))
        return Axes(frame: frame, xDomain: (domain.lowerBound, domain.upperBound), yDomain: y)
    }

    func draw(in rect: Rect, theme: FigureTheme) -> [Node] {
        let axes = axes(in: rect, theme: theme)
        var nodes: [Node] = []
        var y = rect.minY
        for line in title {
            let panel = TextPanel(text: line, role: titleRole)
            let h = panel.height(width: rect.width, theme: theme)
            nodes += panel.draw(in: Rect(x: rect.minX, y: y, width: rect.width, height: h), theme: theme)
            y += h
        }
        nodes += marks.shading(axes, opacity: 0.45)
        nodes += axes.decoration(theme: theme, xLabel: strip || pieceRow != nil ? "" : xLabel, yLabel: "",
                                 xTicks: 4, yTicks: Self.automaticTicks,
                                 yTickValues: readableTicks(axes, theme: theme) ?? automaticTicks(axes, theme: theme))
        if axes.y.lo < 0, axes.y.hi > 0 {
            let zero = axes.y.map(0)
            nodes.append(.path(PathNode(path: .line(Point(axes.frame.minX, zero), Point(axes.frame.maxX, zero)),
                                        stroke: Stroke(color: theme.mutedText, width: theme.stroke(0.75)))))
        }
        nodes += marks.lines(axes, theme: theme)
        nodes += content(axes, theme)
        let rows = labelRows(rect.width, theme: theme)
        if rows > 0 {
            nodes += marks.labels(axes, baseY: axes.frame.minY - margins(theme).top - theme.type.pad * 0.3, rows: rows, theme: theme).nodes
        }
        nodes += under(axes, theme: theme)
        return [.group(GroupNode(nodes, info: info))]
    }

    /// The scale's ticks; on short frames (under 5 tick-label heights) every other one, keeping 0, so small panels
    /// stay uncluttered but keep at least two labelled values.
    func automaticTicks(_ axes: Axes, theme: FigureTheme) -> [Double] {
        let ticks = axes.y.ticks(Self.automaticTicks)
        guard axes.frame.height < 5 * theme.type.lineHeight(.tick), ticks.count > 3 else { return ticks }
        let anchor = ticks.firstIndex(where: { abs($0) < 1e-12 }) ?? 0
        return ticks.indices.filter { ($0 - anchor) % 2 == 0 }.map { ticks[$0] }
    }

    /// `yTicks` thinned so that no two labels overlap (earlier values win).
    func readableTicks(_ axes: Axes, theme: FigureTheme) -> [Double]? {
        guard let yTicks else { return nil }
        var kept: [Double] = []
        for v in yTicks where axes.y.lo <= v && v <= axes.y.hi {
            if kept.allSatisfy({ abs(axes.y.map($0) - axes.y.map(v)) >= theme.type.lineHeight(.tick) }) { kept.append(v) }
        }
        return kept.sorted()
    }

    /// The strip and the piece row under the x tick labels, then the x title.
    func under(_ axes: Axes, theme: FigureTheme) -> [Node] {
        guard strip || pieceRow != nil else { return [] }
        var nodes: [Node] = []
        let tickBottom = axes.frame.maxY + Axes.tickLength(theme) + theme.type.pad * 0.5 + theme.type.lineHeight(.tick)
        var top = tickBottom + theme.type.pad * 0.25
        let rowH = rowHeight(theme)
        if strip {
            nodes += marks.strip(axes, top: top, height: rowH, theme: theme)
            top += rowH
            let keyHeight = stripKey.height(width: axes.frame.width, theme: theme)
            nodes += stripKey.draw(in: Rect(x: axes.frame.minX, y: top, width: axes.frame.width, height: keyHeight), theme: theme)
            top += keyHeight
        }
        if let pieceRow {
            nodes += numbers(pieceRow, axes: axes, top: top, height: rowH, theme: theme)
            top += Double(numberRows(axes.frame.width + margins(theme).left + margins(theme).right, theme: theme)) * rowH
        }
        if !xLabel.isEmpty {
            nodes.append(.text(TextNode(xLabel, at: Point(axes.frame.center.x, top + theme.type.pad * 0.5), font: theme.font(.label),
                                        color: theme.text, anchor: .middle, baseline: .hanging)))
        }
        return nodes
    }

    /// "h₁h₂" (or "h₁…h₁₆"; "|" between layers): the units whose bits the pattern lists, in order.
    var bitNames: String {
        let net = marks.network
        return PatternText.bitLayers(net).map { l, n in
            let first = Notation.unit(layer: l, 0, network: net), last = Notation.unit(layer: l, n - 1, network: net)
            if n == 1 { return first }
            if n <= 3 { return (0..<n).map { Notation.unit(layer: l, $0, network: net) }.joined() }
            return first + "…" + last
        }.joined(separator: "|")
    }

    /// Where each interval's number goes: two staggered rows, centred under the interval (the interval's centre
    /// always lies within its number), skipped where neither row has room. The row's name opens the first row.
    func numberPlaces(_ values: [Double], name: String, axes: Axes, theme: FigureTheme) -> [(interval: Int, row: Int, x: Double)] {
        let font = theme.font(.small), pad = theme.type.pad * 0.5
        var rightEdge = [axes.frame.minX + TextMetrics.width(of: name + ":", font: font) + pad, axes.frame.minX]
        var places: [(interval: Int, row: Int, x: Double)] = []
        for (i, (iv, value)) in zip(marks.regions.intervals, values).enumerated() {
            let w = TextMetrics.width(of: LabelFormat.short(value), font: font)
            let centre = (axes.x.map(iv.lo) + axes.x.map(iv.hi)) / 2
            guard centre + w / 2 <= axes.frame.maxX + pad, let r = rightEdge.indices.first(where: { centre - w / 2 >= rightEdge[$0] })
            else { continue }
            places.append((i, r, centre))
            rightEdge[r] = centre + w / 2 + pad
        }
        return places
    }

    /// Rows the numbers need at this width (1 or 2).
    func numberRows(_ width: Double, theme: FigureTheme) -> Int {
        guard let pieceRow else { return 0 }
        let m = margins(theme)
        let probe = Axes(frame: Rect(x: m.left, y: 0, width: max(1, width - m.left - m.right), height: 10),
                         xDomain: (domain.lowerBound, domain.upperBound), yDomain: y)
        return (numberPlaces(pieceRow.values, name: pieceRow.name, axes: probe, theme: theme).map(\.row).max() ?? 0) + 1
    }

    /// The numbers (every value stays in its tooltip) and the row's name.
    func numbers(_ row: (name: String, values: [Double]), axes: Axes, top: Double, height: Double, theme: FigureTheme) -> [Node] {
        let font = theme.font(.small)
        var nodes: [Node] = [.text(TextNode(row.name + ":", at: Point(axes.frame.minX, top + height / 2), font: font, color: theme.mutedText,
                                            baseline: .middle, info: NodeInfo(classes: ["piece-row-name"])))]
        for place in numberPlaces(row.values, name: row.name, axes: axes, theme: theme) {
            let iv = marks.regions.intervals[place.interval], text = LabelFormat.short(row.values[place.interval])
            let tip = "\(row.name) \(text) on [\(LabelFormat.short(iv.lo)), \(LabelFormat.short(iv.hi))]"
            nodes.append(.text(TextNode(text, at: Point(place.x, top + (Double(place.row) + 0.5) * height), font: font, color: theme.text,
                                        anchor: .middle, baseline: .middle, info: NodeInfo(classes: ["piece-number"], tooltip: tip))))
        }
        return nodes
    }

    /// The shared y range of several curves, padded.
    static func range(_ curves: [PiecewiseCurve], extra: [Double] = []) -> (Double, Double) {
        padded(curves.flatMap(\.values) + extra + [0])
    }

    /// The distinct values of flat curves (step nets), then 0, for ticks at the piece values; nil when any
    /// curve has a slope (then automatic ticks read better).
    static func pieceTicks(_ curves: [PiecewiseCurve]) -> [Double]? {
        guard curves.allSatisfy({ c in c.runs.allSatisfy { run in run.allSatisfy { abs($0.1 - run[0].1) <= 1e-12 * max(1, abs(run[0].1)) } } })
        else { return nil }
        var values: [Double] = []
        for v in curves.flatMap(\.values) + [0] where !values.contains(where: { abs($0 - v) <= 1e-9 * max(1, abs(v)) }) { values.append(v) }
        return values
    }
}
