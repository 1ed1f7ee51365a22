import Foundation
import NNVizEngine
import NNVizReport

/// The work of `nnviz train`, as functions that return text or throw (the command only wires them up).
public enum TrainRun {
    /// Trains the model with its `train:` settings (or `TrainingConfig.defaults(for:)` when it has none),
    /// calling `progress` after every epoch. A trained model (with a `trained:` record) is trained anew from its
    /// recorded starting weights and settings. Throws `TrainingError` (nothing is returned for a diverged run).
    public static func train(_ model: Model, progress: (EpochReport) -> Void = { _ in })
        throws(TrainingError) -> (model: Model, history: TrainingHistory) {
        try RenderPipeline.train(model, progress: progress)
    }

    /// The lines printed after training: settings, loss (and accuracy) first → last, test figures if any.
    public static func summary(_ model: Model, _ history: TrainingHistory) -> String {
        var out = ""
        if let t = model.training {
            out += "trained \(history.epochs) epochs (\(t.loss.rawValue), \(t.optimizer.rawValue), learning rate "
                + "\(ModelNumber.exact(t.learningRate)), seed \(t.seed))\n"
        }
        out += "loss: \(change(history.trainLoss, percent: false))\n"
        if !history.trainAccuracy.isEmpty { out += "accuracy: \(change(history.trainAccuracy, percent: true))\n" }
        if let last = history.testLoss.last { out += "test loss: \(ModelNumber.text(last))\n" }
        if let last = history.testAccuracy.last { out += "test accuracy: \(percent(last))\n" }
        return out
    }

    /// Writes the trained model to `path` in the model-file schema, JSON for a `.json` path and YAML otherwise,
    /// with its `trained:` record (atomically: all or nothing).
    public static func write(_ model: Model, history: TrainingHistory, to path: String) throws(CLIError) {
        let text = ModelFile.write(model, history: history, format: ModelFile.Format(path: path))
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw CLIError("Cannot write the trained model to \(path): \(error.localizedDescription).")
        }
    }

    static func change(_ values: [Double], percent asPercent: Bool) -> String {
        let format = { (x: Double) in asPercent ? percent(x) : ModelNumber.text(x) }
        guard let first = values.first, let last = values.last else { return "none" }
        return "\(format(first)) → \(format(last))"
    }

    static func percent(_ x: Double) -> String { ModelNumber.text(100 * x, decimals: 1) + "%" }
}
