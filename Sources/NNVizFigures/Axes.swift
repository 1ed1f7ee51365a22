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
    func decoration(theme: FigureTheme, xLabel: String, yLabel: String, xTicks: Int = 5, yTicks: Int = 5,
                    zeroLines: Bool = false) -> [Node] {
        var nodes: [Node] = []
        let tickFont = theme.font(10), labelFont = theme.font(11)
        let xs = x.ticks(xTicks), ys = y.ticks(yTicks)
        let gridStroke = Stroke(color: theme.grid, width: 0.75)
        for v in xs { nodes.append(.path(PathNode(path: .line(Point(x.map(v), frame.minY), Point(x.map(v), frame.maxY)), stroke: gridStroke))) }
        for v in ys { nodes.append(.path(PathNode(path: .line(Point(frame.minX, y.map(v)), Point(frame.maxX, y.map(v))), stroke: gridStroke))) }
        if zeroLines {
            let s = Stroke(color: theme.mutedText, width: 0.75)
            if !x.log, x.lo < 0, x.hi > 0 { nodes.append(.path(PathNode(path: .line(Point(x.map(0), frame.minY), Point(x.map(0), frame.maxY)), stroke: s))) }
            if !y.log, y.lo < 0, y.hi > 0 { nodes.append(.path(PathNode(path: .line(Point(frame.minX, y.map(0)), Point(frame.maxX, y.map(0))), stroke: s))) }
        }
        nodes.append(.path(PathNode(path: .rect(frame), stroke: Stroke(color: theme.axis, width: 1))))
        let tick = Stroke(color: theme.axis, width: 1)
        for (v, label) in zip(xs, x.tickLabels(xTicks)) {
            let px = x.map(v)
            nodes.append(.path(PathNode(path: .line(Point(px, frame.maxY), Point(px, frame.maxY + 4)), stroke: tick)))
            nodes.append(.text(TextNode(label, at: Point(px, frame.maxY + 6), font: tickFont,
                                        color: theme.text, anchor: .middle, baseline: .hanging)))
        }
        let yLabels = y.tickLabels(yTicks)
        for (v, label) in zip(ys, yLabels) {
            let py = y.map(v)
            nodes.append(.path(PathNode(path: .line(Point(frame.minX - 4, py), Point(frame.minX, py)), stroke: tick)))
            nodes.append(.text(TextNode(label, at: Point(frame.minX - 6, py), font: tickFont,
                                        color: theme.text, anchor: .end, baseline: .middle)))
        }
        if !xLabel.isEmpty {
            nodes.append(.text(TextNode(xLabel, at: Point(frame.center.x, frame.maxY + 22), font: labelFont,
                                        color: theme.text, anchor: .middle, baseline: .hanging)))
        }
        if !yLabel.isEmpty {
            let width = yLabels.map { TextBox.width($0, tickFont) }.max() ?? 0
            nodes.append(.text(TextNode(yLabel, at: Point(frame.minX - 12 - width, frame.center.y), font: labelFont,
                                        color: theme.text, anchor: .middle, baseline: .alphabetic, rotation: -90)))
        }
        return nodes
    }
}
