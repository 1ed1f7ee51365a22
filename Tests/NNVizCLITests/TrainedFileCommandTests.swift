import Foundation
import NNVizEngine
@testable import NNVizCLI
import Testing

/// `train --output` writes the trained model with its record, in the format its extension names.
@Suite struct TrainedFileCommandTests {
    @Test(arguments: ["trained.json", "trained.yaml"])
    func trainOutputFollowsTheExtensionAndKeepsTheRun(name: String) throws {
        let path = try temporaryPath(name)
        try TrainCommand.parse(["--example", "circles-relu", "--epochs", "5", "--output", path]).run()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        if name.hasSuffix(".json") {
            #expect(text.hasPrefix("{\n"))
            #expect(try JSONSerialization.jsonObject(with: Data(text.utf8)) is [String: Any])
        } else {
            #expect(text.hasPrefix("# trained by nnviz for 5 epochs"))
        }
        let model = try ModelFile.load(path: path)
        #expect(model.recordedHistory?.trainLoss.count == 6 && !model.needsTraining)
        let summary = try Inspect.report(model, at: nil, json: false)
        #expect(summary.contains("recorded run: 5 epochs, loss "))
        #expect(summary.contains("trained with: bce, adam"))
    }

    /// `nnviz train` on a trained file trains anew from the recorded start: the same run again.
    @Test func trainingATrainedFileRepeatsTheRun() throws {
        let source = try ModelSource(example: "circles-relu").load(overrides: .init(epochs: 4))
        let (first, history) = try TrainRun.train(source)
        let path = try temporaryPath("t.yaml")
        try TrainRun.write(first, history: history, to: path)
        let (again, againHistory) = try TrainRun.train(try ModelFile.load(path: path))
        #expect(again.network == first.network && againHistory == history)
    }

    /// `render` of a trained file draws its recorded loss curve without training; `--retrain` trains.
    @Test func renderUsesTheRecordUnlessRetrain() throws {
        let path = try temporaryPath("c.yaml")
        try TrainCommand.parse(["--example", "circles-relu", "--epochs", "3", "--output", path]).run()
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("report").path
        for retrain in [false, true] {
            var said = ""
            let command = try RenderCommand.parse([path, "-o", folder, "--figures", "graph,loss", "--format", "svg"]
                                                  + (retrain ? ["--retrain"] : []))
            let page = try command.render { said += $0 }
            #expect(said.contains("training") == retrain, "\(said)")
            let loss = try String(contentsOf: page.deletingLastPathComponent().appendingPathComponent("figures/loss.svg"),
                                  encoding: .utf8)
            #expect(loss.contains("<svg"))
        }
    }
}
