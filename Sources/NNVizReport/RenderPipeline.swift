import Foundation
import NNVizAnalysis
import NNVizEngine
import NNVizFigures

/// A model ready to draw or describe: trained when it asks for it (or as recorded in its file), with its history
/// and every analysis of it and of its snapshots, computed once.
public struct PreparedModel: Sendable {
    public var model: Model
    public var history: LossHistory?
    public var analysis: ModelAnalysis
}

/// What the pipeline is doing, for progress output (the CLI prints it; nothing is printed here).
public enum PipelineStage: Sendable, Equatable {
    case training(epochs: Int)
    case analysing
    case drawing(FigureName)
    case writing
}

/// The one pipeline behind `nnviz render`, `inspect` and `train`: train → analyse → figures → report.
/// Each step is a function of the previous one's result; the report layer only writes a report value to files.
/// Safe to call from several threads at once (tested with eight concurrent renders; docs/engine.md, "Concurrency").
public enum RenderPipeline {
    /// True when the model is trained before it is drawn: `retrain`, or the model has a `train:` block (its layers
    /// may lack weights) and no record of a finished run (a trained model file is drawn as it is).
    public static func wantsTraining(_ model: Model, retrain: Bool = false) -> Bool {
        retrain || (model.trainingRecord == nil && (model.training != nil || model.needsTraining))
    }

    /// Trains `model` from its starting weights (a recorded run's initial layers) with its settings, or the defaults
    /// of `TrainingConfig.defaults(for:)` when it has none — the one training step of every command.
    public static func train(_ model: Model, progress: (EpochReport) -> Void = { _ in }) throws(TrainingError)
        -> (model: Model, history: TrainingHistory) {
        var model = model.beforeTraining()
        if model.training == nil { model.training = .defaults(for: model.network) }
        return try model.trained(progress: progress)
    }

    /// The model to draw and its history: a recorded run as it is (unless `retrain`), else trained when it asks
    /// for it (`wantsTraining`), else the model as written.
    public static func trainIfAsked(_ model: Model, retrain: Bool = false,
                                    progress: (EpochReport) -> Void = { _ in }) throws(TrainingError)
        -> (model: Model, history: LossHistory?) {
        if !retrain, let recorded = model.recordedHistory { return (model, LossHistory(recorded, config: model.training)) }
        guard wantsTraining(model, retrain: retrain) else { return (model, nil) }
        let (trained, history) = try train(model, progress: progress)
        return (trained, LossHistory(history, config: trained.training))
    }

    /// Train (when asked) and analyse: everything figures and `inspect --json` read.
    /// `forFigures: false` (inspect) skips what only figures read: the field sample and the snapshots' analyses.
    public static func prepare(_ model: Model, retrain: Bool = false, forFigures: Bool = true,
                               stage: (PipelineStage) -> Void = { _ in },
                               progress: (EpochReport) -> Void = { _ in }) throws(TrainingError) -> PreparedModel {
        if wantsTraining(model, retrain: retrain) {
            stage(.training(epochs: (model.training ?? .defaults(for: model.network)).epochs))
        }
        let (drawn, history) = try trainIfAsked(model, retrain: retrain, progress: progress)
        stage(.analysing)
        return PreparedModel(model: drawn, history: history, analysis: FigureContext.analyse(drawn, history: history, forFigures: forFigures))
    }

    /// Figure kinds that draw every region of a map: the slowest to build and encode for large nets.
    static let heavy: Set<FigureName> = [.regions, .surface, .patterns]

    /// Builds `names` (every kind when nil: the ones that do not apply are listed as skipped; an explicit list
    /// must apply or `FigureError.notApplicable` is thrown) from a prepared model.
    /// With `encoding`, each figure is also encoded for those writer options right after it is drawn (the writer then
    /// reuses it), so drawing and encoding of different figures overlap on the cores.
    public static func report(_ prepared: PreparedModel, figures names: [FigureName]? = nil, theme: FigureTheme = .light,
                              figureOptions: FigureOptions = FigureOptions(), encoding: ReportOptions? = nil,
                              stage: (PipelineStage) -> Void = { _ in }) throws(FigureError) -> Report {
        let context = FigureContext(model: prepared.model, history: prepared.history, analysis: prepared.analysis,
                                    theme: theme, options: figureOptions)
        // Figures are independent readers of the shared analyses: they are built concurrently, in report order.
        let list = names ?? FigureName.allCases
        // The figures drawn on region maps are the long ones: start them first so the cores finish together.
        let order = list.indices.sorted { (heavy.contains(list[$0]) ? 0 : 1, $0) < (heavy.contains(list[$1]) ? 0 : 1, $1) }
        let work = ParallelMap.map(order.count, started: { stage(.drawing(list[order[$0]])) }) { k in
            let outcome = FigureCatalog.build(list[order[k]], context)
            return (outcome, encoding.flatMap { options in outcome.figure.map { EncodedFigure.encode($0, options: options) } })
        }
        var built = Array(repeating: work[0], count: list.count)
        for (k, i) in order.enumerated() { built[i] = work[k] }
        var outcomes: [(FigureName, FigureOutcome)] = []
        var encoded: [Int: Result<EncodedFigure, ReportError>] = [:]
        for (i, (name, result)) in zip(list, built).enumerated() {
            if names != nil, case .skipped(let reason) = result.0 { throw .notApplicable(name, reason: reason) }
            outcomes.append((name, result.0))
            if let e = result.1 { encoded[i] = e }
        }
        var report = Report(model: prepared.model, history: prepared.history, figures: outcomes, theme: theme)
        if let encoding { report.encoded = (encoding, encoded) }
        return report
    }

    /// The whole of `nnviz render` below the command line. The output folder is checked first (before any
    /// training or drawing); then train → analyse → figures → write. Returns the URL of `index.html`.
    /// Errors: `ReportError`, `TrainingError`, `FigureError`.
    public static func render(_ model: Model, figures: [FigureName]? = nil, to directory: URL, theme: FigureTheme = .light,
                              figureOptions: FigureOptions = FigureOptions(), options: ReportOptions = ReportOptions(),
                              retrain: Bool = false, stage: (PipelineStage) -> Void = { _ in },
                              progress: (EpochReport) -> Void = { _ in }) throws -> URL {
        _ = try ReportDestination.prepare(directory, force: options.force)  // before any training or drawing
        let prepared = try prepare(model, retrain: retrain, stage: stage, progress: progress)
        let report = try report(prepared, figures: figures.map { $0.sorted() }, theme: theme, figureOptions: figureOptions,
                                encoding: options, stage: stage)
        stage(.writing)
        return try ReportWriter.write(report, to: directory, options: options)
    }
}
