import ArgumentParser
import Foundation
import NNVizEngine
@testable import NNVizCLI
import Testing

/// The command-line faults of the reliability audit (issue 13), one test each; each failed on the old code.
@Suite struct ReliabilityCommandTests {
    /// A model whose training gets much worse: the audit's learning rate of 1000.
    static let worsening = """
        nnviz: 1
        inputs: 2
        layers:
          - {activation: relu, units: 8}
          - {activation: sigmoid, units: 1}
        data:
          generate: {dataset: circles, count: 200}
        train: {learningRate: 1000, epochs: 50, optimizer: sgd}
        """

    @Test(arguments: ["-5", "0", "10000001"])
    func outOfRangeEpochsSayTheRange(epochs: String) {
        let message = NNVizCommand.message(for: catchError { _ = try NNVizCommand.parseAsRoot(["train", "--example", "xor-relu", "--epochs", epochs]) })
        #expect(message == "--epochs must be from 1 to 10000000 (got \(epochs)).")
    }

    @Test func versionIsPrinted() {
        #expect(NNVizCommand.configuration.version.hasPrefix("nnviz "))
        let message = NNVizCommand.message(for: catchError { _ = try NNVizCommand.parseAsRoot(["--version"]) })
        #expect(message == NNVizCommand.version)
    }

    @Test func trainOutputIsCheckedBeforeTraining() throws {
        let missing = try temporaryPath("x") + "/no/such/folder/trained.yaml"
        let command = try TrainCommand.parse(["--example", "spiral", "--output", missing])
        let start = Date()
        let error = try #require(throws: CLIError.self) { try command.run() }
        #expect(error.description.contains("does not exist; create it first"))
        #expect(Date().timeIntervalSince(start) < 5, "refused before the 2000 epochs of training")
        let folder = try #require(throws: CLIError.self) {
            try TrainCommand.parse(["--example", "spiral", "--output", FileManager.default.temporaryDirectory.path]).run()
        }
        #expect(folder.description.contains("is a folder"))
    }

    @Test func fileSystemErrorsArePlainSentences() {
        let cocoa = CocoaError(.fileWriteNoPermission, userInfo: [NSUnderlyingErrorKey: POSIXError(.EACCES)])
        #expect(FileSystemMessage.clause(for: cocoa) == "permission denied")
        #expect(FileSystemMessage.clause(for: CocoaError(.fileWriteOutOfSpace)) == "the disk is full")
        #expect(!FileSystemMessage.clause(for: CocoaError(.fileWriteUnknown)).contains("NSCocoaErrorDomain"))
    }

    @Test func aRunThatEndsWorseWarnsAndFailOnWorseExitsNonZero() throws {
        let path = try temporaryPath("worse.yaml")
        try Self.worsening.write(toFile: path, atomically: true, encoding: .utf8)
        let (trained, history) = try TrainRun.train(try ModelSource(model: path).load())
        let warning = try #require(TrainRun.worseningWarning(trained, history))
        #expect(warning.contains("loss went from \(ModelNumber.text(history.trainLoss[0])) to "))
        #expect(warning.contains("learning rate 1000 may be too large"))
        let output = path + ".out.yaml"
        let command = try TrainCommand.parse([path, "--fail-on-worse", "--output", output])
        let error = try #require(throws: ExitCode.self) { try command.run() }
        #expect(error.rawValue == 1)
        #expect(!FileManager.default.fileExists(atPath: output))
        let good = try TrainRun.train(try ModelSource(example: "circles-relu").load())
        #expect(TrainRun.worseningWarning(good.model, good.history) == nil)
    }

    @Test func renderWarnsFromItsProgressReportsToo() throws {
        let model = try ModelSource(example: "circles-relu").load()
        let start = EpochReport(epoch: 1, epochs: 9, trainLoss: 0.67, trainAccuracy: 0.53)
        let end = EpochReport(epoch: 9, epochs: 9, trainLoss: 230, trainAccuracy: 0.5)
        let warning = try #require(TrainRun.worseningWarning(from: start, to: end, model: model))
        #expect(warning.hasPrefix("warning: training made the model worse: the loss went from 0.67 to 230 and the accuracy from 53% to 50%"))
        #expect(TrainRun.worseningWarning(from: end, to: start, model: model) == nil)
    }

    @Test func noDataToTrainOnNamesTheModel() throws {
        let error = try #require(throws: CLIError.self) { try TrainCommand.parse(["--example", "threshold-1d"]).run() }
        #expect(error.description.hasPrefix("example threshold-1d: there are no data points to train on"))
    }

    @Test func a20000UnitLayerIsRefusedUpFrontNeverACrash() throws {
        let path = try temporaryPath("wide.yaml")
        try "nnviz: 1\ninputs: 2\nlayers: [{activation: relu, units: 20000}, {activation: sigmoid, units: 1}]\ndata: {generate: {dataset: xor}}\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let out = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("report").path
        let error = try #require(throws: CLIError.self) { _ = try RenderCommand.parse([path, "-o", out]).render() }
        #expect(error.description.contains("20,000 hidden units takes about"))
        #expect(error.description.contains("more than the memory budget of 2 GB"))
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(throws: Never.self) { _ = try RenderCommand.parse([path, "--memory-budget", "20G"]).validate() }
        #expect(throws: (any Error).self) { try RenderCommand.parse([path, "--memory-budget", "lots"]).validate() }
    }
}

/// The error a throwing closure throws (for ArgumentParser's `message(for:)`).
private func catchError(_ body: () throws -> Void) -> Error {
    do {
        try body()
        return CLIError("no error")
    } catch {
        return error
    }
}
