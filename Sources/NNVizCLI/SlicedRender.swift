import Foundation
import NNVizEngine
import NNVizReport

/// A model with a `plane:` / `line:` slice on its way to `render` / `inspect`: the full model is trained (when it
/// asks for it, or `retrain`), then sliced (`Model.sliced()`): a 1-D or 2-D network every figure and analysis reads
/// as is, whose training record (losses, sliced snapshots) makes the pipeline draw it without training again.
enum SlicedRender {
    static func trainedAndSliced(_ model: Model, retrain: Bool, stage: (PipelineStage) -> Void,
                                 progress: (EpochReport) -> Void) throws -> Model {
        if RenderPipeline.wantsTraining(model, retrain: retrain) {
            stage(.training(epochs: (model.training ?? .defaults(for: model.network)).epochs))
        }
        let (trained, _) = try RenderPipeline.trainIfAsked(model, retrain: retrain, progress: progress)
        return try slice(trained)
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
