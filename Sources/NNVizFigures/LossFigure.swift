import Foundation
import NNVizScene

/// `loss`: train (solid) and test (dashed) loss per epoch, log scale when the losses span more than two
/// decades (or when asked), accuracy in a second panel for classifiers, snapshot epochs marked.
enum LossFigure {
    static func build(_ context: FigureContext) -> FigureOutcome {
        guard let h = context.history, h.trainLoss.count >= 2 else {
            return .skipped(reason: "the model was not trained in this run, so there is no loss history.")
        }
        let theme = context.theme
        let hasAccuracy = context.network.isClassifier && !h.trainAccuracy.isEmpty
        let panelW = 460.0, panelH = 300.0
        var nodes: [Node] = []
        let lossY = useLog(h, option: context.options.logLoss)
        nodes.append(.group(GroupNode(lossPanel(h, log: lossY, cell: Rect(x: 0, y: 0, width: panelW, height: panelH), theme: theme),
                                      info: NodeInfo(id: "loss-panel", classes: ["panel"]))))
        if hasAccuracy {
            nodes.append(.group(GroupNode(accuracyPanel(h, cell: Rect(x: panelW, y: 0, width: panelW, height: panelH), theme: theme),
                                          info: NodeInfo(id: "accuracy-panel", classes: ["panel"]))))
        }
        let last = h.trainLoss[h.trainLoss.count - 1]
        var alt = "Loss curves of \(context.model.name) over \(h.epochs) epochs: \(h.lossName) (\(h.reduction)) on the training data "
        alt += "falls from \(LabelFormat.short(h.trainLoss[0])) to \(LabelFormat.short(last))"
        if let t = h.testLoss.last { alt += "; test loss ends at \(LabelFormat.short(t))" }
        if hasAccuracy, let a = h.trainAccuracy.last { alt += "; training accuracy ends at \(LabelFormat.short(a * 100))%" }
        alt += lossY ? ". The loss axis is logarithmic." : "."
        let scene = Scene(width: hasAccuracy ? 2 * panelW : panelW, height: panelH, title: "Loss curves of \(context.model.name)",
                          description: alt, background: theme.background, nodes: nodes)
        var caption = "Training loss (\(h.lossName), \(h.reduction)) per epoch"
        caption += h.testLoss.isEmpty ? "" : ", with the test loss dashed"
        caption += hasAccuracy ? "; accuracy on the right" : ""
        caption += h.snapshotEpochs.isEmpty ? "." : "; dotted lines mark the snapshot epochs (numbered above the plot)."
        return .figure(Figure(name: .loss, scene: scene, caption: caption, altText: alt))
    }

    /// Log scale when asked, or automatically when every loss is positive and they span more than two decades.
    static func useLog(_ h: LossHistory, option: Bool?) -> Bool {
        let values = (h.trainLoss + h.testLoss).filter(\.isFinite)
        guard let lo = values.min(), let hi = values.max(), lo > 0 else { return false }
        return option ?? (hi / lo > 100)
    }

    static func frame(_ cell: Rect) -> Rect {
        Rect(x: cell.minX + 70, y: cell.minY + 34, width: cell.width - 90, height: cell.height - 84)
    }

    static func lossPanel(_ h: LossHistory, log: Bool, cell: Rect, theme: FigureTheme) -> [Node] {
        let values = (h.trainLoss + h.testLoss).filter { $0.isFinite && (!log || $0 > 0) }
        let top = max(values.max() ?? 1, 0)
        let (lo, hi) = PlotScale.nice(log ? (values.min() ?? 1) : min(0, values.min() ?? 0), top > 0 ? top : 1, count: 5, log: log)
        let axes = Axes(frame: frame(cell), xDomain: (0, Double(max(1, h.epochs))), yDomain: (lo, hi), yLog: log)
        let series: [(String, [Double])] = [("train", h.trainLoss), ("test", h.testLoss)]
        return panel(axes: axes, title: "Loss", yLabel: "\(h.lossName) loss\(log ? " (log scale)" : "")",
                     series: series, snapshots: h.snapshotEpochs, theme: theme)
    }

    static func accuracyPanel(_ h: LossHistory, cell: Rect, theme: FigureTheme) -> [Node] {
        let axes = Axes(frame: frame(cell), xDomain: (0, Double(max(1, h.epochs))), yDomain: (0, 1))
        return panel(axes: axes, title: "Accuracy", yLabel: "fraction correct",
                     series: [("train", h.trainAccuracy), ("test", h.testAccuracy)], snapshots: h.snapshotEpochs,
                     theme: theme, legendAtBottom: true)
    }

    static func panel(axes: Axes, title: String, yLabel: String, series: [(String, [Double])], snapshots: [Int],
                      theme: FigureTheme, legendAtBottom: Bool = false) -> [Node] {
        var nodes = axes.decoration(theme: theme, xLabel: "epoch", yLabel: yLabel)
        let f = axes.frame
        let titleNode = TextNode(title, at: Point(f.minX, f.minY - 20), font: theme.font(13, bold: true), color: theme.text,
                                 baseline: .middle)
        nodes.append(.text(titleNode))
        for e in snapshots where Double(e) <= axes.x.hi && e >= 0 {
            let x = axes.x.map(Double(e))
            nodes.append(.path(PathNode(path: .line(Point(x, f.minY), Point(x, f.maxY)),
                                        stroke: Stroke(color: theme.mutedText, width: 1, dash: [1.5, 2.5]),
                                        info: NodeInfo(classes: ["snapshot"], tooltip: "snapshot at epoch \(e)"))))
        }
        var entries: [Legend.Entry] = []
        for (i, (name, values)) in series.enumerated() where !values.isEmpty {
            let stroke = Stroke(color: theme.series[i], width: i == 0 ? 2 : 1.75, dash: i == 0 ? [] : [6, 3], join: .round)
            let pts = values.enumerated().map { (Double($0.offset), $0.element) }
            nodes += axes.line(pts.filter { !axes.y.log || $0.1 > 0 }, stroke: stroke, info: NodeInfo(classes: ["series", name]))
            entries.append(.init(label: name, stroke: stroke))
        }
        if !snapshots.isEmpty {
            entries.append(.init(label: "snapshot", stroke: Stroke(color: theme.mutedText, width: 1, dash: [1.5, 2.5])))
        }
        let legend = Legend(entries: entries)
        let size = legend.size(theme: theme)
        let y = legendAtBottom ? f.maxY - size.height - 6 : f.minY + 6
        let origin = Point(f.maxX - size.width - 6, y)
        nodes += legend.nodes(at: origin, theme: theme)
        nodes += snapshotLabels(snapshots, axes: axes, theme: theme, title: TextMetrics.bounds(of: titleNode))
        return nodes
    }

    /// The epoch of each snapshot line, above the frame, dropped where it would overlap another label or the
    /// panel title (NNVizScene's `LabelPlacer`).
    static func snapshotLabels(_ snapshots: [Int], axes: Axes, theme: FigureTheme, title: Rect) -> [Node] {
        let f = axes.frame, font = theme.font(9)
        let shown = snapshots.filter { $0 >= 0 && Double($0) <= axes.x.hi }
        let nodes = shown.map {
            TextNode("\($0)", at: Point(axes.x.map(Double($0)), f.minY - 3), font: font, color: theme.mutedText, anchor: .middle,
                     baseline: .alphabetic, info: NodeInfo(tooltip: "snapshot at epoch \($0)"))
        }
        let placed = LabelPlacer.place(nodes, obstacles: [title], padding: 1)
        return [.group(GroupNode(placed.map(Node.text), info: NodeInfo(classes: ["snapshot-labels"])))]
    }
}
