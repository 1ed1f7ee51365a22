import Foundation
import NNVizScene

/// `loss`: train (solid) and test (dashed) loss per epoch (`LossPlotPanel`), log scale when the losses span
/// more than two decades (or when asked), accuracy in a second panel for classifiers (beside when wide,
/// below when narrow), snapshot epochs marked and numbered on the top axis, one key under the plots.
enum LossFigure {
    static func build(_ context: FigureContext) -> FigureOutcome {
        guard let h = context.history, h.trainLoss.count >= 2 else {
            return .skipped(reason: "the model was not trained in this run, so there is no loss history.")
        }
        let theme = context.theme
        let hasAccuracy = context.network.isClassifier && !h.trainAccuracy.isEmpty
        let lossY = useLog(h, option: context.options.logLoss)
        var plots: [any Panel] = [lossPanel(h, log: lossY)]
        if hasAccuracy { plots.append(accuracyPanel(h)) }
        let grid = SmallMultiples(panels: plots, minimumCellWidth: { $0.type.label * 18 }, maxColumns: 2)
        let root = VStack([grid, key(h, theme: theme)])
        let alt = altText(context, h, hasAccuracy: hasAccuracy, log: lossY)
        let scene = FigureCanvas.scene(root, theme: theme, title: "Loss curves of \(context.model.name)", description: alt)
        return .figure(Figure(name: .loss, scene: scene, caption: caption(h, hasAccuracy: hasAccuracy, log: lossY), altText: alt))
    }

    static func altText(_ context: FigureContext, _ h: LossHistory, hasAccuracy: Bool, log: Bool) -> String {
        let last = h.trainLoss[h.trainLoss.count - 1]
        var alt = "Loss curves of \(context.model.name) over \(LabelFormat.grouped(h.epochs)) epochs: \(h.lossName) (\(h.reduction)) "
        alt += "on the training data falls from \(LabelFormat.short(h.trainLoss[0])) to \(LabelFormat.short(last))"
        if let t = h.testLoss.last { alt += "; test loss ends at \(LabelFormat.short(t))" }
        if hasAccuracy, let a = h.trainAccuracy.last { alt += "; training accuracy ends at \(LabelFormat.short(a * 100))%" }
        return alt + (log ? ". The loss axis is logarithmic." : ".")
    }

    /// What to look at in this run: how far the loss fell, where the test loss is lowest, the snapshots.
    static func caption(_ h: LossHistory, hasAccuracy: Bool, log: Bool) -> String {
        let first = h.trainLoss[0], last = h.trainLoss[h.trainLoss.count - 1]
        var text = "Training loss (\(h.lossName), \(h.reduction)) per epoch"
        text += h.testLoss.isEmpty ? "" : ", test loss dashed"
        text += hasAccuracy ? "; fraction correct in the second panel" : ""
        text += log ? "; log scale." : "."
        text += " Over \(LabelFormat.grouped(h.epochs)) epoch\(h.epochs == 1 ? "" : "s") the training loss goes from \(LabelFormat.short(first)) to \(LabelFormat.short(last))"
        if let (epoch, value) = h.testLoss.enumerated().filter({ $0.element.isFinite }).min(by: { $0.element < $1.element }).map({ ($0.offset, $0.element) }),
           epoch < h.testLoss.count - 1, h.testLoss[h.testLoss.count - 1] > value * 1.05 {
            text += "; the test loss is lowest (\(LabelFormat.short(value))) at epoch \(LabelFormat.grouped(epoch)) and rises after it"
        }
        text += "."
        if !h.snapshotEpochs.isEmpty {
            let epochs = h.snapshotEpochs.map(LabelFormat.grouped)
            text += " Dotted lines mark the snapshot\(epochs.count == 1 ? "" : "s") at epoch\(epochs.count == 1 ? "" : "s") "
                + epochs.joined(separator: ", ") + " (numbered on the top axis)."
        }
        return text
    }

    /// Log scale when asked, or automatically when every loss is positive and they span more than two decades.
    static func useLog(_ h: LossHistory, option: Bool?) -> Bool {
        let values = (h.trainLoss + h.testLoss).filter(\.isFinite)
        guard let lo = values.min(), let hi = values.max(), lo > 0 else { return false }
        return option ?? (hi / lo > 100)
    }

    static func lossPanel(_ h: LossHistory, log: Bool) -> LossPlotPanel {
        let values = (h.trainLoss + h.testLoss).filter { $0.isFinite && (!log || $0 > 0) }
        let top = max(values.max() ?? 1, 0)
        let (lo, hi) = PlotScale.nice(log ? (values.min() ?? 1) : min(0, values.min() ?? 0), top > 0 ? top : 1, count: 5, log: log)
        return LossPlotPanel(title: "Loss", yLabel: "\(h.lossName) loss\(log ? " (log scale)" : "")", yDomain: (lo, hi), yLog: log,
                             epochs: h.epochs, series: [("train", h.trainLoss), ("test", h.testLoss)], snapshots: h.snapshotEpochs,
                             id: "loss-panel")
    }

    static func accuracyPanel(_ h: LossHistory) -> LossPlotPanel {
        LossPlotPanel(title: "Accuracy", yLabel: "fraction correct", yDomain: (0, 1), yLog: false, epochs: h.epochs,
                      series: [("train", h.trainAccuracy), ("test", h.testAccuracy)], snapshots: h.snapshotEpochs,
                      id: "accuracy-panel")
    }

    static func key(_ h: LossHistory, theme: FigureTheme) -> LineKey {
        var entries: [LineKey.Entry] = [.init(label: "train", stroke: LossPlotPanel.stroke(0, theme))]
        if !h.testLoss.isEmpty { entries.append(.init(label: "test", stroke: LossPlotPanel.stroke(1, theme))) }
        if !h.snapshotEpochs.isEmpty { entries.append(.init(label: "snapshot", stroke: LossPlotPanel.snapshotStroke(theme))) }
        return LineKey(entries: entries)
    }
}
