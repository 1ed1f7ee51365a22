import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// The region count at each training snapshot beside the architecture's bound: a side panel of the
/// `regions` figure (chosen over a panel in `loss` so the loss figure stays about the loss, and because
/// the regions figure already computes and explains the count). Each snapshot's dot carries `data-epoch`.
struct RegionCountPanel: Panel {
    /// (epoch, exact count or nil when the snapshot passed the region limit).
    var points: [(epoch: Int, count: Int?)]
    var bound: Int
    var limit: Int

    /// The region limit of each snapshot's analysis (the pipeline analyses snapshots with it).
    static let snapshotLimit = 50_000

    /// Nil unless the history holds snapshot networks with 1-D / 2-D input and piecewise-linear hidden units.
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

    func countText(_ count: Int?) -> String { count.map(LabelFormat.grouped) ?? "more than \(LabelFormat.grouped(limit))" }

    /// "Region count at the training snapshots: 4 (epoch 0), 9 (epoch 100), 12 (epoch 1500)."
    var sentence: String {
        "Region count at the training snapshots: " + points.map { "\(countText($0.count)) (epoch \($0.epoch))" }
            .joined(separator: ", ") + "."
    }

    var title: TextPanel { TextPanel(text: "Regions during training", role: .label, info: NodeInfo(classes: ["panel-title"])) }

    /// Counts as dots joined by a line, the bound as a dashed line (log scale when the bound is more than 20
    /// times the largest count).
    func plot(_ width: Double, theme: FigureTheme) -> PlotPanel {
        let counts = points.map { Double($0.count ?? limit) }
        let top = max(counts.max() ?? 1, 1)
        let log = Double(bound) > 20 * top
        let yHi = log ? max(Double(bound), top) * 2 : max(Double(bound), top) * 1.15
        let (lo, hi) = PlotScale.nice(log ? 1 : 0, yHi, count: 4, log: log)
        let lastEpoch = Double(max(points.last?.epoch ?? 1, 1))
        var panel = PlotPanel(xDomain: (0, lastEpoch), yDomain: (lo, hi), yLog: log, xLabel: "epoch",
                              yLabel: log ? "regions (log)" : "regions", xTicks: 4, yTicks: 4) { axes, theme in
            content(axes, theme: theme)
        }
        // A flat frame, but tall enough for five tick labels with room between them.
        let m = panel.margins(theme)
        panel.fixedFrameHeight = max((width - m.left - m.right) * 0.45, theme.type.lineHeight(.tick) * 6)
        return panel
    }

    /// The panel is at most this wide (a small plot); it sits at the left of a wider rectangle.
    static func maxWidth(_ theme: FigureTheme) -> Double { theme.type.label * 30 }

    func height(width: Double, theme: FigureTheme) -> Double {
        let w = min(width, Self.maxWidth(theme))
        return VStack([title, plot(w, theme: theme)], gap: theme.type.pad).height(width: w, theme: theme)
    }

    func draw(in rect: Rect, theme: FigureTheme) -> [Node] {
        let r = Rect(x: rect.minX, y: rect.minY, width: min(rect.width, Self.maxWidth(theme)), height: rect.height)
        return [.group(GroupNode(VStack([title, plot(r.width, theme: theme)], gap: theme.type.pad).draw(in: r, theme: theme),
                          info: NodeInfo(id: "region-count-panel", classes: ["panel"])))]
    }

    func dotRadius(_ theme: FigureTheme) -> Double { theme.type.label * 0.38 }

    func content(_ axes: Axes, theme: FigureTheme) -> [Node] {
        var nodes: [Node] = []
        let frame = axes.frame
        let by = axes.y.map(Double(bound))
        if by >= frame.minY {
            let dash = Stroke(color: theme.mutedText, width: theme.stroke(1.2), dash: [theme.stroke(5), theme.stroke(3)])
            nodes.append(.path(PathNode(path: .line(Point(frame.minX, by), Point(frame.maxX, by)), stroke: dash,
                                        info: NodeInfo(classes: ["region-bound"]))))
            let text = "bound \(RegionBoundText.text(bound: bound))"
            // Above the line (every count is at most the bound), clear of the last snapshot's dot.
            nodes.append(.text(TextNode(text, at: Point(frame.maxX - theme.type.pad - 2 * dotRadius(theme), by - theme.type.pad * 0.5),
                                        font: theme.font(.small), color: theme.mutedText, anchor: .end, baseline: .alphabetic)))
        }
        let color = theme.series[0]
        nodes += axes.line(points.map { (Double($0.epoch), Double($0.count ?? limit)) },
                           stroke: Stroke(color: color, width: theme.stroke(2), join: .round))
        for p in points {
            let c = axes.point(Double(p.epoch), Double(p.count ?? limit))
            nodes.append(.path(PathNode(path: .circle(center: c, radius: dotRadius(theme)),
                                        fill: p.count == nil ? theme.background : color,
                                        stroke: Stroke(color: color, width: theme.stroke(1.5)),
                                        info: NodeInfo(classes: ["snapshot-count"],
                                                       tooltip: "epoch \(p.epoch): \(countText(p.count)) regions",
                                                       data: ["epoch": "\(p.epoch)"]))))
        }
        return nodes
    }
}
