import Foundation
import NNVizEngine
import NNVizFigures

/// The whole of `nnviz render` below the command line: train when the model asks for it, build the figures,
/// write the report. The CLI only parses arguments and prints. Safe to call from several threads at once
/// (tested with eight concurrent renders; see docs/engine.md, "Concurrency").
public enum RenderPipeline {
    /// True when rendering trains first: `retrain`, or the model has a `train:` block (its layers may lack
    /// weights) and no record of a finished run (a trained model file is drawn as it is).
    public static func wantsTraining(_ model: Model, retrain: Bool = false) -> Bool {
        retrain || (model.trainingRecord == nil && (model.training != nil || model.needsTraining))
    }

    /// The model to draw and its history. A model with a recorded run (a trained model file's `trained:`) is
    /// returned as it is, with its recorded history; otherwise it is trained when it asks for it (see
    /// `wantsTraining`; weightless layers without a `train:` block use `TrainingConfig.defaults(for:)`, like
    /// `nnviz train`). `retrain` trains a recorded model anew from its starting weights with its recorded settings.
    public static func trainIfAsked(_ model: Model, retrain: Bool = false,
                                    progress: (EpochReport) -> Void = { _ in }) throws(TrainingError)
        -> (model: Model, history: LossHistory?) {
        if !retrain, let recorded = model.recordedHistory { return (model, LossHistory(recorded, config: model.training)) }
        guard wantsTraining(model, retrain: retrain) else { return (model, nil) }
        var model = model.beforeTraining()
        if model.training == nil { model.training = .defaults(for: model.network) }
        let (trained, history) = try model.trained(progress: progress)
        return (trained, LossHistory(history, config: model.training))
    }

    /// Trains if asked, builds `figures` (every kind when nil: the ones that do not apply are listed as skipped;
    /// an explicit list must apply or `FigureError.notApplicable` is thrown) and writes the report into
    /// `directory`. Returns the URL of `index.html`. Errors: `TrainingError`, `FigureError`, `ReportError`.
    public static func render(_ model: Model, figures: [FigureName]? = nil, to directory: URL, theme: FigureTheme = .light,
                              figureOptions: FigureOptions = FigureOptions(), options: ReportOptions = ReportOptions(),
                              retrain: Bool = false, progress: (EpochReport) -> Void = { _ in }) throws -> URL {
        let (drawn, history) = try trainIfAsked(model, retrain: retrain, progress: progress)
        let context = FigureContext(model: drawn, history: history, theme: theme, options: figureOptions)
        let report = try Report.build(context, figures: figures)
        return try ReportWriter.write(report, to: directory, options: options)
    }
}
