import Foundation
import NNVizEngine
import NNVizFigures
@testable import NNVizReport
import Testing

/// A trained model file is drawn as it is: `trainIfAsked` hands back its recorded history and trains only on `retrain`.
@Suite struct RecordedRunTests {
    static func trainedFile() throws -> (text: String, model: Model, history: TrainingHistory) {
        let source = try ModelFile.parse(try #require(BuiltInExamples.named("circles-relu")).text, fileName: "c.yaml",
                                         overrides: .init(epochs: 15))
        let (model, history) = try source.trained()
        return (ModelFile.write(model, history: history), model, history)
    }

    @Test func aRecordedModelIsNotTrainedAgain() throws {
        let (text, trained, history) = try Self.trainedFile()
        let model = try ModelFile.parse(text, fileName: "trained.yaml")
        #expect(!RenderPipeline.wantsTraining(model))
        var epochs = 0
        let (drawn, loss) = try RenderPipeline.trainIfAsked(model) { _ in epochs += 1 }
        #expect(epochs == 0)
        #expect(drawn.network == trained.network)
        #expect(loss == LossHistory(history, config: trained.training))
        #expect(loss?.snapshots.map(\.epoch) == history.snapshots.map(\.epoch))
    }

    @Test func retrainTrainsAnewFromTheRecordedStart() throws {
        let (text, trained, history) = try Self.trainedFile()
        let model = try ModelFile.parse(text, fileName: "trained.yaml")
        #expect(RenderPipeline.wantsTraining(model, retrain: true))
        var epochs = 0
        let (drawn, loss) = try RenderPipeline.trainIfAsked(model, retrain: true) { _ in epochs += 1 }
        #expect(epochs == 15)
        #expect(drawn.network == trained.network)
        #expect(loss?.trainLoss == history.trainLoss)
    }
}
