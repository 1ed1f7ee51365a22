import ArgumentParser
import Foundation
import Testing
import NNVizEngine
@testable import NNVizCLI

@Suite struct ModelSourceTests {
    @Test func exactlyOneOfFileOrExample() throws {
        #expect(throws: (any Error).self) { try ModelSource.parse([]) }
        #expect(throws: (any Error).self) { try ModelSource.parse(["m.yaml", "--example", "xor-relu"]) }
        let source = try ModelSource.parse(["--example", "xor-relu"])
        #expect(try source.load().network.layers.count == 2)
        #expect(source.displayName == "example xor-relu")
    }

    @Test func unknownExampleListsTheNames() {
        do {
            _ = try ModelSource.parse(["--example", "xor"])
            Issue.record("expected a validation error")
        } catch {
            let message = ModelSource.message(for: error)
            #expect(message.contains("no built-in example called 'xor'"))
            #expect(message.contains("xor-relu"))
        }
    }

    @Test func seedOverrideRedrawsWeightlessLayers() throws {
        let source = ModelSource(example: "spiral")
        let a = try source.load()
        let b = try source.load(overrides: .init(seed: 8))
        let c = try source.load(overrides: .init(seed: 7))
        #expect(a.network != b.network)
        #expect(a.network == c.network)
        #expect(b.training?.seed == 8)
        #expect(try source.load(overrides: .init(epochs: 100)).training?.snapshots == [0, 50])
    }
}

@Suite struct ExamplesCommandTests {
    @Test func listsEveryExampleWithItsSummary() {
        let lines = ExamplesCommand.listing().split(separator: "\n")
        #expect(lines.count == BuiltInExamples.all.count)
        for (line, example) in zip(lines, BuiltInExamples.all) {
            #expect(line.hasPrefix(example.name + " "))
            #expect(line.hasSuffix(example.summary))
        }
    }
}

@Suite struct TrainRunTests {
    static func circles(epochs: Int) throws -> Model {
        try ModelSource(example: "circles-relu").load(overrides: .init(epochs: epochs))
    }

    @Test func trainsWritesAndReadsBackTheSameWeights() throws {
        var reports: [EpochReport] = []
        let (trained, history) = try TrainRun.train(try Self.circles(epochs: 30)) { reports.append($0) }
        #expect(reports.map(\.epoch) == Array(1...30))
        #expect(history.trainLoss.count == 31)
        #expect(history.trainLoss[30] < history.trainLoss[0])
        let summary = TrainRun.summary(trained, history)
        #expect(summary.hasPrefix("trained 30 epochs (bce, adam, learning rate 0.02, seed 5)\nloss: "))
        #expect(summary.contains("accuracy: "))

        let path = try temporaryPath("trained.yaml")
        try TrainRun.write(trained, history: history, to: path)
        let back = try ModelFile.load(path: path)
        #expect(back.network == trained.network)
        #expect(!back.needsTraining)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("# trained by nnviz for 30 epochs: final bce loss "))
    }

    @Test func sameSeedSameWeights() throws {
        let a = try TrainRun.train(try Self.circles(epochs: 10)).model.network
        let b = try TrainRun.train(try Self.circles(epochs: 10)).model.network
        #expect(a == b)
    }

    @Test func divergedRunThrowsAndTheCommandWritesNothing() throws {
        let text = """
            nnviz: 1
            inputs: 1
            layers:
              - {units: 8, activation: relu}
              - {units: 1, activation: identity}
            data:
              generate: {dataset: sine, count: 50}
            train: {loss: mse, optimizer: sgd, learningRate: 1000000, epochs: 50}
            """
        let path = try temporaryPath("diverge.yaml")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let output = path + ".out.yaml"
        let command = try TrainCommand.parse([path, "--output", output])
        #expect(throws: TrainingError.self) { try command.run() }
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func stepNetsCannotBeTrainedAndSaySo() throws {
        let model = try ModelSource(example: "threshold-table").load()
        #expect(throws: TrainingError.stepUnitsNotTrainable(layer: 0)) { try TrainRun.train(model) }
    }

    @Test func progressIsPlainLinesOffATerminal() {
        var printer = ProgressPrinter(isTerminal: false)
        let lines = (1...100).compactMap {
            printer.text(for: EpochReport(epoch: $0, epochs: 100, trainLoss: 0.5, trainAccuracy: 0.75))
        }
        #expect(lines.count == 10)
        #expect(lines.first == "epoch 10/100  loss 0.5  accuracy 75%\n")
        var bar = ProgressPrinter(isTerminal: true)
        let last = bar.text(for: EpochReport(epoch: 100, epochs: 100, trainLoss: 0.5, trainAccuracy: nil))
        #expect(last?.hasPrefix("\r[") == true && last?.hasSuffix("\n") == true)
    }
}

func temporaryPath(_ name: String) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nnviz-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir.appendingPathComponent(name).path
}

@Suite struct InspectCommandTests {
    @Test func negativePointsAfterAtAreValues() throws {
        let command = try InspectCommand.parse(["--example", "threshold-1d", "--at", "-1;2"])
        #expect(command.at == "-1;2")
    }
}
