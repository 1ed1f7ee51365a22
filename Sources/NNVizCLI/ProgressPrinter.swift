import Foundation
import NNVizEngine

/// Training progress on stdout: a redrawn bar on a terminal, plain lines every tenth of the run otherwise.
struct ProgressPrinter {
    let isTerminal: Bool
    private var lastDrawn = -1

    init(isTerminal: Bool = isatty(1) != 0) {
        self.isTerminal = isTerminal
    }

    /// The text to print for this epoch, or nil (lines are throttled).
    mutating func text(for report: EpochReport) -> String? {
        let metrics = Self.metrics(report)
        if isTerminal {
            let width = 30
            let filled = report.epochs == 0 ? width : width * report.epoch / report.epochs
            let step = report.epochs == 0 ? 0 : 200 * report.epoch / report.epochs
            guard step != lastDrawn || report.epoch == report.epochs else { return nil }
            lastDrawn = step
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            return "\r[\(bar)] \(report.epoch)/\(report.epochs)  \(metrics)\u{1B}[K"
                + (report.epoch == report.epochs ? "\n" : "")
        }
        let interval = max(1, report.epochs / 10)
        guard report.epoch % interval == 0 || report.epoch == report.epochs else { return nil }
        return "epoch \(report.epoch)/\(report.epochs)  \(metrics)\n"
    }

    mutating func print(_ report: EpochReport) {
        guard let text = text(for: report) else { return }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func metrics(_ report: EpochReport) -> String {
        var text = "loss \(ModelNumber.text(report.trainLoss))"
        if let accuracy = report.trainAccuracy { text += "  accuracy \(TrainRun.percent(accuracy))" }
        return text
    }
}
