import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// One small plot over x of the `steps` figure: pattern-shaded intervals, dashed joints, a title, curves.
struct StepsPanel {
    var axes: Axes
    var cell: Rect

    /// A panel filling `cell` (title above, tick labels left and below) for x in `domain`, y in `y`.
    /// `extraTop` leaves room for more rows of joint labels above the frame.
    init(cell: Rect, domain: ClosedRange<Double>, y: (Double, Double), extraTop: Double = 0) {
        self.cell = cell
        let frame = Rect(x: cell.minX + 50, y: cell.minY + 34 + extraTop, width: cell.width - 62, height: cell.height - 60 - extraTop)
        axes = Axes(frame: frame, xDomain: (domain.lowerBound, domain.upperBound), yDomain: y)
    }

    /// Grid and ticks, pattern shading, joints, zero line and the title.
    func base(title: String, marks: JointMarks, theme: FigureTheme, xLabel: String = "") -> [Node] {
        var nodes = marks.shading(axes, opacity: 0.45)
        nodes += axes.decoration(theme: theme, xLabel: xLabel, yLabel: "", xTicks: 5, yTicks: 3)
        if axes.y.lo < 0, axes.y.hi > 0 {
            let y = axes.y.map(0)
            nodes.append(.path(PathNode(path: .line(Point(axes.frame.minX, y), Point(axes.frame.maxX, y)),
                                        stroke: Stroke(color: theme.mutedText, width: 0.75))))
        }
        nodes += marks.lines(axes)
        nodes.append(.text(TextNode(title, at: Point(axes.frame.minX, cell.minY + 10), font: theme.font(11, bold: true),
                                    color: theme.text, baseline: .middle)))
        return nodes
    }

    /// Each linear piece's slope written above its middle where the piece is wide enough (skipped when every
    /// slope is 0, as for step networks).
    func slopeLabels(_ r: Regions1D, output k: Int, theme: FigureTheme) -> [Node] {
        guard r.intervals.contains(where: { $0.outputSlope[k] != 0 }) else { return [] }
        let font = theme.font(9)
        var nodes: [Node] = []
        for iv in r.intervals {
            let text = "slope " + LabelFormat.short(iv.outputSlope[k])
            let short = LabelFormat.short(iv.outputSlope[k])
            let x0 = axes.x.map(iv.lo), x1 = axes.x.map(iv.hi)
            let mid = 0.5 * (iv.lo + iv.hi)
            let p = axes.point(mid, iv.outputSlope[k] * mid + iv.outputIntercept[k])
            for label in [text, short] where TextMetrics.width(of: label, font: font) + 6 <= x1 - x0 {
                let above = p.y - 8 > axes.frame.minY + 10
                let node = TextNode(label, at: Point(p.x, above ? p.y - 8 : p.y + 10), font: font, color: theme.text,
                                    anchor: .middle, baseline: .middle, info: NodeInfo(classes: ["slope-label"]))
                nodes += RegionLines.haloed(node, theme: theme)
                break
            }
        }
        return nodes
    }

    /// The shared y range of several curves, padded.
    static func range(_ curves: [PiecewiseCurve], extra: [Double] = []) -> (Double, Double) {
        padded(curves.flatMap(\.values) + extra + [0])
    }

    /// The colour of unit j when several units share a panel.
    static func unitColor(_ j: Int) -> Color { CategoricalPalette.classColor(j + 1) }
}
