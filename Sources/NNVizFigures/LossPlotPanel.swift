import NNVizScene

/// One panel of the loss figure: a title, the curves of a few series per epoch in a `PlotPanel`, dotted lines
/// at the snapshot epochs, and the snapshot epochs written as ticks on the top axis. Every label is kept:
/// labels that would overlap go to a second (third, …) row above the frame.
struct LossPlotPanel: Panel {
    var title: String
    var yLabel: String
    var yDomain: (Double, Double)
    var yLog: Bool
    var epochs: Int
    var series: [(String, [Double])]
    var snapshots: [Int]
    var id: String

    static func stroke(_ i: Int, _ theme: FigureTheme) -> Stroke {
        Stroke(color: theme.series[i], width: theme.stroke(i == 0 ? 1.8 : 1.5), dash: i == 0 ? [] : [theme.stroke(5), theme.stroke(3)],
               join: .round)
    }

    static func snapshotStroke(_ theme: FigureTheme) -> Stroke {
        Stroke(color: theme.mutedText, width: theme.stroke(0.9), dash: [theme.stroke(1.5), theme.stroke(2.5)])
    }

    var shownSnapshots: [Int] { snapshots.filter { $0 >= 0 && $0 <= max(1, epochs) } }

    var plot: PlotPanel {
        let series = self.series, snapshots = shownSnapshots
        return PlotPanel(xDomain: (0, Double(max(1, epochs))), yDomain: yDomain, yLog: yLog, xLabel: "epoch", yLabel: yLabel) { axes, theme in
            var nodes: [Node] = snapshots.map { e in
                let x = axes.x.map(Double(e))
                return .path(PathNode(path: .line(Point(x, axes.frame.minY), Point(x, axes.frame.maxY)), stroke: Self.snapshotStroke(theme),
                                      info: NodeInfo(classes: ["snapshot"], tooltip: "snapshot at epoch \(e)", data: ["epoch": "\(e)"])))
            }
            for (i, (name, values)) in series.enumerated() where !values.isEmpty {
                let pts = values.enumerated().map { (Double($0.offset), $0.element) }.filter { !axes.y.log || $0.1 > 0 }
                nodes += axes.line(pts, stroke: Self.stroke(i, theme), info: NodeInfo(classes: ["series", name]))
            }
            return nodes
        }
    }

    /// The snapshot labels' rows (0 = next to the frame), so that no two labels of a row overlap.
    func labelRows(frameWidth: Double, theme: FigureTheme) -> [Int] {
        let font = theme.font(.small), gap = theme.type.pad * 0.5
        var rowEnds: [Double] = []
        return shownSnapshots.map { e in
            let x = Double(e) / Double(max(1, epochs)) * frameWidth
            let w = TextMetrics.width(of: LabelFormat.grouped(e), font: font)
            let (lo, hi) = (x - w / 2, x + w / 2)
            if let r = rowEnds.firstIndex(where: { $0 + gap <= lo }) { rowEnds[r] = hi; return r }
            rowEnds.append(hi)
            return rowEnds.count - 1
        }
    }

    func frameWidth(_ width: Double, theme: FigureTheme) -> Double {
        let m = plot.margins(theme)
        return max(1, width - m.left - m.right)
    }

    func labelBand(_ width: Double, theme: FigureTheme) -> Double {
        let rows = (labelRows(frameWidth: frameWidth(width, theme: theme), theme: theme).max() ?? -1) + 1
        return Double(rows) * theme.type.lineHeight(.small)
    }

    func height(width: Double, theme: FigureTheme) -> Double {
        theme.type.lineHeight(.title) + labelBand(width, theme: theme) + plot.height(width: width, theme: theme)
    }

    func draw(in rect: Rect, theme: FigureTheme) -> [Node] {
        let titleH = theme.type.lineHeight(.title), band = labelBand(rect.width, theme: theme)
        let plotRect = Rect(x: rect.minX, y: rect.minY + titleH + band, width: rect.width, height: plot.height(width: rect.width, theme: theme))
        let axes = plot.axes(in: plotRect, theme: theme)
        var nodes: [Node] = [.text(TextNode(title, at: Point(axes.frame.minX, rect.minY + titleH / 2), font: theme.font(.title),
                                            color: theme.text, baseline: .middle))]
        nodes += plot.draw(in: plotRect, theme: theme)
        let rows = labelRows(frameWidth: axes.frame.width, theme: theme), lh = theme.type.lineHeight(.small)
        var labels: [Node] = []
        for (e, row) in zip(shownSnapshots, rows) {
            let x = axes.x.map(Double(e)), y = axes.frame.minY - lh * (Double(row) + 0.5)
            if row > 0 {
                labels.append(.path(PathNode(path: .line(Point(x, axes.frame.minY), Point(x, y + lh / 2)), stroke: Self.snapshotStroke(theme))))
            }
            labels.append(.text(TextNode(LabelFormat.grouped(e), at: Point(x, y), font: theme.font(.small), color: theme.mutedText,
                                         anchor: .middle, baseline: .middle,
                                         info: NodeInfo(tooltip: "snapshot at epoch \(e)", data: ["epoch": "\(e)"]))))
        }
        nodes.append(.group(GroupNode(labels, info: NodeInfo(classes: ["snapshot-labels"]))))
        return [.group(GroupNode(nodes, info: NodeInfo(id: id, classes: ["panel"])))]
    }
}
