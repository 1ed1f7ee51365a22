import Foundation
import NNVizAnalysis
import NNVizEngine
import NNVizFigures
import Testing
@testable import NNVizReport

/// The one pipeline: train → analyse → figures → report, with the output folder checked first.
@Suite struct PipelineTests {
    /// A folder that is not a report is refused before any training: no stage runs at all.
    @Test func outputFolderIsCheckedBeforeTraining() throws {
        let folder = try temporaryFolder("pipeline-dest")
        try Data("mine".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        var stages: [PipelineStage] = []
        #expect(throws: ReportError.self) {
            _ = try RenderPipeline.render(try example("spiral"), to: folder, stage: { stages.append($0) })
        }
        #expect(stages.isEmpty)
        try? FileManager.default.removeItem(at: folder)
    }

    /// The stages run in order, training only when asked, one drawing stage per figure kind.
    @Test func stagesRunInOrderAndAnalysesAreShared() throws {
        let folder = try temporaryFolder("pipeline-stages").appendingPathComponent("r")
        var stages: [PipelineStage] = []
        _ = try RenderPipeline.render(try example("xor-relu"), figures: [.regions, .graph], to: folder,
                                      options: ReportOptions(formats: [.svg]), stage: { stages.append($0) })
        // Figures are drawn concurrently, the region maps first: every figure is announced once, between the analysis
        // and the writing.
        #expect(stages.first == .analysing && stages.last == .writing && stages.count == 4)
        #expect(Set(stages.dropFirst().dropLast().map { "\($0)" }) == ["drawing(NNVizFigures.FigureName.graph)",
                                                                         "drawing(NNVizFigures.FigureName.regions)"])
        let prepared = try RenderPipeline.prepare(try example("xor-relu"))
        #expect(RegionSummary(prepared.analysis.current)?.count == 3)
        #expect(prepared.history == nil)
        try? FileManager.default.removeItem(at: folder.deletingLastPathComponent())
    }

    /// A model with a train: block is trained by `prepare`, so inspect and render describe the same network:
    /// the prepared weights equal a direct training run's, bit for bit.
    @Test func prepareTrainsAModelThatAsks() throws {
        var model = try example("xor-relu")
        model.training = TrainingConfig(loss: .mse, optimizer: .sgd, learningRate: 0.05, epochs: 20, batchSize: 0, seed: 3,
                                        snapshots: [0, 20], testFraction: 0)
        var stages: [PipelineStage] = []
        let prepared = try RenderPipeline.prepare(model, stage: { stages.append($0) })
        #expect(stages == [.training(epochs: 20), .analysing])
        let direct = try RenderPipeline.train(model).model
        #expect(prepared.model.network == direct.network)
        #expect(prepared.analysis.snapshots.map(\.epoch) == [0, 20])
    }

    /// What `inspect` reads is prepared without what only figures need: no field sample, no snapshot analyses.
    @Test func factsOnlyPreparationSkipsFigureAnalyses() throws {
        var model = try example("xor-relu")
        model.training = TrainingConfig(loss: .mse, optimizer: .sgd, learningRate: 0.05, epochs: 10, batchSize: 0, seed: 3,
                                        snapshots: [0, 10], testFraction: 0)
        let facts = try RenderPipeline.prepare(model, forFigures: false)
        #expect(facts.analysis.current.field == nil && facts.analysis.snapshots.isEmpty)
        #expect(RegionSummary(facts.analysis.current) != nil)
        let figures = try RenderPipeline.prepare(model)
        #expect(figures.analysis.current.field != nil && figures.analysis.snapshots.map(\.epoch) == [0, 10])
        #expect(facts.model.network == figures.model.network)
    }
}
