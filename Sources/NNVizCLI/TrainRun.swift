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
            throw CLIError("Cannot write the trained model to \(path): \(FileSystemMessage.clause(for: error)).")
        }
    }

    /// A warning when the run ended worse than it began (final loss above the first), with the numbers and a
    /// likely cause; nil when the loss went down or stayed equal.
    public static func worseningWarning(_ model: Model, _ history: TrainingHistory) -> String? {
        guard let first = history.trainLoss.first, let last = history.trainLoss.last else { return nil }
        return worseningWarning(lossName: history.lossName, loss: (first, last),
                                accuracy: history.trainAccuracy.first.flatMap { a in history.trainAccuracy.last.map { (a, $0) } },
                                learningRate: model.training?.learningRate)
    }

    /// The same warning from the first and last progress reports of a run (`render` sees only those).
    public static func worseningWarning(from first: EpochReport, to last: EpochReport, model: Model) -> String? {
        let accuracy = first.trainAccuracy.flatMap { a in last.trainAccuracy.map { (a, $0) } }
        let rate = (model.training ?? .defaults(for: model.network)).learningRate
        return worseningWarning(lossName: nil, loss: (first.trainLoss, last.trainLoss), accuracy: accuracy,
                                learningRate: rate)
    }

    static func worseningWarning(lossName: String?, loss: (first: Double, last: Double),
                                 accuracy: (first: Double, last: Double)?, learningRate: Double?) -> String? {
        guard loss.last > loss.first else { return nil }
        var text = "warning: training made the model worse: the \(lossName.map { $0 + " " } ?? "")loss went from "
            + "\(ModelNumber.text(loss.first)) to \(ModelNumber.text(loss.last))"
        if let (a, b) = accuracy { text += " and the accuracy from \(percent(a)) to \(percent(b))" }
        if let rate = learningRate {
            text += "; the learning rate \(ModelNumber.exact(rate)) may be too large (try \(ModelNumber.exact(rate / 10)))"
        }
        return text + ".\n"
    }

    /// Refuses a model with nothing to train on, naming the file: `train` and `render` call it before training.
    public static func checkHasData(_ model: Model, source: String) throws(CLIError) {
        guard (model.data?.count ?? 0) == 0 else { return }
        throw CLIError("\(source): there are no data points to train on; add `data:` (inputs and targets, generate "
                       + "or csv) to the model file, or give every layer its weights and leave out `train:`.")
    }

    static func change(_ values: [Double], percent asPercent: Bool) -> String {
        let format = { (x: Double) in asPercent ? percent(x) : ModelNumber.text(x) }
        guard let first = values.first, let last = values.last else { return "none" }
        return "\(format(first)) → \(format(last))"
    }

    static func percent(_ x: Double) -> String { ModelNumber.text(100 * x, decimals: 1) + "%" }
}
