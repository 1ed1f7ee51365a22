import Foundation
import NNVizEngine
import NNVizFigures
import NNVizReport

/// `nnviz render` for a model with a `plane:` / `line:` slice: train the full model (when it asks for it),
/// then draw the sliced model (`Model.sliced()`), whose 1-D or 2-D network every figure reads as is. Snapshot
/// networks of the training history are sliced the same way.
enum SlicedRender {
    static func render(_ model: Model, figures: [FigureName]?, to directory: URL, theme: FigureTheme,
                       figureOptions: FigureOptions, options: ReportOptions, retrain: Bool,
                       progress: (EpochReport) -> Void) throws -> URL {
        let (trained, history) = try RenderPipeline.trainIfAsked(model, retrain: retrain, progress: progress)
        let sliced = try slice(trained)
        var slicedHistory = history
        if let frame = sliced.sliceView?.frame {
            slicedHistory?.snapshots = history?.snapshots.map {
                TrainingSnapshot(epoch: $0.epoch, network: $0.network.restricted(to: frame))
            } ?? []
        }
        let context = FigureContext(model: sliced, history: slicedHistory, theme: theme, options: figureOptions)
        let report = try Report.build(context, figures: figures)
        return try ReportWriter.write(report, to: directory, options: options)
    }

    /// `model.sliced()` with the slice error as one sentence.
    static func slice(_ model: Model) throws(CLIError) -> Model {
        do {
            return try model.sliced()
        } catch {
            let kind = model.slice?.kind.rawValue ?? "slice"
            throw CLIError("The \(kind) cannot be used: \(error.message).")
        }
    }
}
