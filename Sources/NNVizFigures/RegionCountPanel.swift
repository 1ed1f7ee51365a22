import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// The region count at each training snapshot beside the architecture's bound: a side panel of the
/// `regions` figure (chosen over a panel in `loss` so the loss figure stays about the loss, and because
/// the regions figure already computes and explains the count).
struct RegionCountPanel {
    /// (epoch, exact count or nil when the snapshot passed the region limit).
    var points: [(epoch: Int, count: Int?)]
    var bound: Int
    var limit: Int

    /// Nil unless the history holds snapshot networks with 1-D / 2-D input and piecewise-linear hidden units.
    /// The region limit of each snapshot's analysis (the pipeline analyses snapshots with it).
    static let snapshotLimit = 50_000

    init?(_ context: FigureContext, limit: Int = snapshotLimit) {
        let snapshots = context.analysis.snapshots
        guard !snapshots.isEmpty else { return nil }
        var points: [(Int, Int?)] = []
        for s in snapshots {
            switch s.analysis.regions {
            case .unavailable: return nil
            case .oneD(let r): points.append((s.epoch, r.intervals.count))
            case .twoD(let r): points.append((s.epoch, RegionCounts(r, network: s.analysis.network).count))
            case .sampled: points.append((s.epoch, nil))
            }
        }
        self.points = points
        self.bound = RegionBoundText.bound(context.network)
        self.limit = limit
    }

    /// "Region count at the snapshots: 4 (epoch 0), 9 (epoch 100), 12 (epoch 1500)."
    var sentence: String {
        "Region count at the training snapshots: " + points.map { p in
            "\(p.count.map(String.init) ?? "more than \(limit)") (epoch \(p.epoch))"
        }.joined(separator: ", ") + "."
    }

    /// The panel drawn in `cell`: counts as dots joined by a line, the bound as a dashed line (log scale when
    /// the bound is more than 20 times the largest count).
    func nodes(cell: Rect, theme: FigureTheme) -> [Node] {
        let counts = points.map { Double($0.count ?? limit) }
        let top = max(counts.max() ?? 1, 1)
        let log = Double(bound) > 20 * top
        let yHi = log ? max(Double(bound), top) * 2 : max(Double(bound), top) * 1.15
        let (lo, hi) = PlotScale.nice(log ? 1 : 0, yHi, count: 4, log: log)
        let lastEpoch = Double(max(points.last?.epoch ?? 1, 1))
        let frame = Rect(x: cell.minX + 52, y: cell.minY + 26, width: cell.width - 64, height: cell.height - 70)
        let axes = Axes(frame: frame, xDomain: (0, lastEpoch), yDomain: (lo, hi), yLog: log)
        var nodes = axes.decoration(theme: theme, xLabel: "epoch", yLabel: log ? "regions (log)" : "regions", xTicks: 4, yTicks: 4)
        nodes.append(.text(TextNode("Regions during training", at: Point(cell.minX, cell.minY + 8), font: theme.font(12, bold: true),
                                    color: theme.text, baseline: .middle)))
        let by = axes.y.map(Double(bound))
        if by >= frame.minY {
            let dash = Stroke(color: theme.mutedText, width: 1.2, dash: [5, 3])
            nodes.append(.path(PathNode(path: .line(Point(frame.minX, by), Point(frame.maxX, by)), stroke: dash,
                                        info: NodeInfo(classes: ["region-bound"]))))
            nodes.append(.text(TextNode("bound \(bound)", at: Point(frame.minX + 4, by - 4), font: theme.font(10),
                                        color: theme.mutedText, anchor: .start, baseline: .alphabetic)))
        }
        let stroke = Stroke(color: theme.series[0], width: 2, join: .round)
        nodes += axes.line(points.map { (Double($0.epoch), Double($0.count ?? limit)) }, stroke: stroke)
        for p in points {
            let c = axes.point(Double(p.epoch), Double(p.count ?? limit))
            nodes.append(.path(PathNode(path: .circle(center: c, radius: 3.5), fill: p.count == nil ? theme.background : theme.series[0],
                                        stroke: Stroke(color: theme.series[0], width: 1.5),
                                        info: NodeInfo(classes: ["snapshot-count"],
                                                       tooltip: "epoch \(p.epoch): \(p.count.map(String.init) ?? "more than \(limit)") regions"))))
        }
        return [.group(GroupNode(nodes, info: NodeInfo(id: "region-count-panel", classes: ["panel"])))]
    }
}
