import NNVizScene

/// A plotting frame: a rectangle on the canvas with an x and a y scale, drawn with ticks, labels and grid.
struct Axes {
    var frame: Rect
    var x: PlotScale
    var y: PlotScale

    /// Axes over `frame` for data in `xDomain × yDomain` (y grows upwards on the canvas).
    init(frame: Rect, xDomain: (Double, Double), yDomain: (Double, Double), xLog: Bool = false, yLog: Bool = false) {
        self.frame = frame
        x = PlotScale(domain: xDomain, range: (frame.minX, frame.maxX), log: xLog)
        y = PlotScale(domain: yDomain, range: (frame.maxY, frame.minY), log: yLog)
    }

    /// The canvas point of a data point.
    func point(_ dx: Double, _ dy: Double) -> Point { Point(x.map(dx), y.map(dy)) }

    /// A polyline through data points, split where a value is not finite.
    func line(_ points: [(Double, Double)], stroke: Stroke, info: NodeInfo = .none) -> [Node] {
        var runs: [[Point]] = [[]]
        for (a, b) in points {
            if a.isFinite && b.isFinite { runs[runs.count - 1].append(point(a, b)) } else if !runs[runs.count - 1].isEmpty { runs.append([]) }
        }
        return runs.filter { $0.count > 1 }.map { .path(PathNode(path: .polyline($0), stroke: stroke, info: info)) }
    }

    /// Grid, frame, ticks, tick labels and axis titles.
    /// `yTickValues`, when given, replaces the automatic y ticks (labelled with `LabelFormat.short`).
    func decoration(theme: FigureTheme, xLabel: String, yLabel: String, xTicks: Int = 5, yTicks: Int = 5,
                    zeroLines: Bool = false, yTickValues: [Double]? = nil) -> [Node] {
        var nodes: [Node] = []
        let tickFont = theme.font(.tick), labelFont = theme.font(.label)
        let tickLength = Self.tickLength(theme), gap = theme.type.pad * 0.5
        let xs = x.ticks(xTicks), ys = yTickValues ?? y.ticks(yTicks)
        let gridStroke = Stroke(color: theme.grid, width: theme.stroke(0.75))
        for v in xs { nodes.append(.path(PathNode(path: .line(Point(x.map(v), frame.minY), Point(x.map(v), frame.maxY)), stroke: gridStroke))) }
        for v in ys { nodes.append(.path(PathNode(path: .line(Point(frame.minX, y.map(v)), Point(frame.maxX, y.map(v))), stroke: gridStroke))) }
        if zeroLines {
            let s = Stroke(color: theme.mutedText, width: 0.75)
            if !x.log, x.lo < 0, x.hi > 0 { nodes.append(.path(PathNode(path: .line(Point(x.map(0), frame.minY), Point(x.map(0), frame.maxY)), stroke: s))) }
            if !y.log, y.lo < 0, y.hi > 0 { nodes.append(.path(PathNode(path: .line(Point(frame.minX, y.map(0)), Point(frame.maxX, y.map(0))), stroke: s))) }
        }
        nodes.append(.path(PathNode(path: .rect(frame), stroke: Stroke(color: theme.axis, width: theme.stroke(1)))))
        let tick = Stroke(color: theme.axis, width: theme.stroke(1))
        for (v, label) in zip(xs, x.tickLabels(xTicks)) {
            let px = x.map(v)
            nodes.append(.path(PathNode(path: .line(Point(px, frame.maxY), Point(px, frame.maxY + tickLength)), stroke: tick)))
            nodes.append(.text(TextNode(label, at: Point(px, frame.maxY + tickLength + gap), font: tickFont,
                                        color: theme.text, anchor: .middle, baseline: .hanging)))
        }
        let yLabels = yTickValues.map { $0.map { LabelFormat.short($0) } } ?? y.tickLabels(yTicks)
        for (v, label) in zip(ys, yLabels) {
            let py = y.map(v)
            nodes.append(.path(PathNode(path: .line(Point(frame.minX - tickLength, py), Point(frame.minX, py)), stroke: tick)))
            nodes.append(.text(TextNode(label, at: Point(frame.minX - tickLength - gap, py), font: tickFont,
                                        color: theme.text, anchor: .end, baseline: .middle)))
        }
        if !xLabel.isEmpty {
            nodes.append(.text(TextNode(xLabel, at: Point(frame.center.x, frame.maxY + tickLength + gap + theme.type.lineHeight(.tick) + gap), font: labelFont,
                                        color: theme.text, anchor: .middle, baseline: .hanging)))
        }
        if !yLabel.isEmpty {
            let width = yLabels.map { TextBox.width($0, tickFont) }.max() ?? 0
            nodes.append(.text(TextNode(yLabel, at: Point(frame.minX - tickLength - 2 * gap - width, frame.center.y), font: labelFont,
                                        color: theme.text, anchor: .middle, baseline: .alphabetic, rotation: -90)))
        }
        return nodes
    }

    /// The length of tick marks.
    static func tickLength(_ theme: FigureTheme) -> Double { theme.type.tick * 0.45 }

    /// The room `decoration` needs outside the frame: left for y tick labels (`yTickLabels`, the widest decides)
    /// and the y title, below for x tick labels and the x title, right for the last x tick label's half.
    static func margins(theme: FigureTheme, yTickLabels: [String], xLabel: Bool = true, yLabel: Bool = true)
        -> (left: Double, right: Double, top: Double, bottom: Double) {
        let gap = theme.type.pad * 0.5, tick = tickLength(theme)
        let widest = yTickLabels.map { TextMetrics.width(of: $0, font: theme.font(.tick)) }.max() ?? 0
        let left = tick + gap + widest + (yLabel ? 2 * gap + theme.type.lineHeight(.label) : 0)
        let bottom = tick + gap + theme.type.lineHeight(.tick) + (xLabel ? gap + theme.type.lineHeight(.label) : 0)
        return (left, theme.type.tick * 1.5, theme.type.tick * 0.6, bottom)
    }
}

/// A plot panel: axes with their ticks and titles fitted into the rectangle it is given, content drawn by a
/// closure in data coordinates through the axes. The frame's height is `aspect` × its width (or, when given,
/// `fixedFrameHeight`).
struct PlotPanel: Panel {
    var xDomain: (Double, Double)
    var yDomain: (Double, Double)
    var xLog = false, yLog = false
    var xLabel: String, yLabel: String
    var xTicks = 5, yTicks = 5
    var zeroLines = false
    var aspect = 0.62
    var fixedFrameHeight: Double? = nil
    var info: NodeInfo = .none
    var content: (Axes, FigureTheme) -> [Node]

    func probe(_ theme: FigureTheme) -> Axes {
        Axes(frame: Rect(x: 0, y: 0, width: 100, height: 100), xDomain: xDomain, yDomain: yDomain, xLog: xLog, yLog: yLog)
    }

    func margins(_ theme: FigureTheme) -> (left: Double, right: Double, top: Double, bottom: Double) {
        Axes.margins(theme: theme, yTickLabels: probe(theme).y.tickLabels(yTicks), xLabel: !xLabel.isEmpty, yLabel: !yLabel.isEmpty)
    }

    func frameHeight(_ width: Double, theme: FigureTheme) -> Double {
        let m = margins(theme)
        return fixedFrameHeight ?? max(0, width - m.left - m.right) * aspect
    }

    func height(width: Double, theme: FigureTheme) -> Double {
        let m = margins(theme)
        return m.top + frameHeight(width, theme: theme) + m.bottom
    }

    /// The axes this panel draws in `rect`.
    func axes(in rect: Rect, theme: FigureTheme) -> Axes {
        let m = margins(theme)
        let frame = Rect(x: rect.minX + m.left, y: rect.minY + m.top, width: max(1, rect.width - m.left - m.right),
                         height: frameHeight(rect.width, theme: theme))
        return Axes(frame: frame, xDomain: xDomain, yDomain: yDomain, xLog: xLog, yLog: yLog)
    }

    func draw(in rect: Rect, theme: FigureTheme) -> [Node] {
        let axes = axes(in: rect, theme: theme)
        let nodes = axes.decoration(theme: theme, xLabel: xLabel, yLabel: yLabel, xTicks: xTicks, yTicks: yTicks, zeroLines: zeroLines)
            + content(axes, theme)
        return [.group(GroupNode(nodes, info: info))]
    }
}
