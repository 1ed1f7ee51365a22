import Foundation
import Testing
@testable import NNVizEngine

/// "A trained model file is the trained model": `trained:` records the run and reads back as it was written.
@Suite struct TrainedModelFileTests {
    /// A small classifier with weightless layers, a test split, mini-batches and snapshots, trained for 12 epochs.
    static let source = """
        nnviz: 1
        name: moons
        inputs: [x1, x2]
        layers:
          - {units: 5, activation: tanh}
          - activation: sigmoid
            units: 1
        data:
          generate: {dataset: moons, count: 40, noise: 0.1, seed: 3}
        train: {loss: bce, optimizer: adam, learningRate: 0.05, epochs: 12, batchSize: 8, seed: 4,
                snapshots: [0, 5, 12], testFraction: 0.25}
        """

    static func trained() throws -> (model: Model, history: TrainingHistory) {
        try ModelFile.parse(source, fileName: "moons.yaml").trained()
    }

    static func bits(_ net: Network) -> [UInt64] {
        net.layers.flatMap { $0.weights.storage + $0.biases }.map(\.bitPattern)
    }

    @Test(arguments: [ModelFile.Format.yaml, .json])
    func trainedFileReadsBackAsTheTrainedModel(format: ModelFile.Format) throws {
        let (model, history) = try Self.trained()
        let text = ModelFile.write(model, history: history, format: format)
        let back = try ModelFile.parse(text, fileName: format == .json ? "t.json" : "t.yaml", format: format)
        #expect(back == model)
        #expect(!back.needsTraining)
        #expect(back.recordedHistory == history)
        #expect(Self.bits(back.network) == Self.bits(model.network))
        let recorded = try #require(back.recordedHistory)
        #expect(recorded.trainLoss.map(\.bitPattern) == history.trainLoss.map(\.bitPattern))
        #expect(recorded.testLoss.count == 13 && recorded.testAccuracy.count == 13 && recorded.trainAccuracy.count == 13)
        #expect(recorded.snapshots.map(\.epoch) == [0, 5, 12])
        #expect(recorded.snapshots.map { Self.bits($0.network) } == history.snapshots.map { Self.bits($0.network) })
        #expect(back.data?.hasTestSplit == true)
    }

    @Test func yamlHasATrainedBlockAndNoTrainBlock() throws {
        let (model, history) = try Self.trained()
        let text = ModelFile.write(model, history: history)
        let keys = text.split(separator: "\n").filter { !$0.hasPrefix(" ") }.map { $0.prefix { $0 != ":" } }
        #expect(keys == ["# trained by nnviz for 12 epochs", "nnviz", "name", "inputs", "layers", "domain", "data", "trained"]
                || keys.dropFirst() == ["nnviz", "name", "inputs", "layers", "domain", "data", "trained"])
        #expect(text.contains("\n  initialLayers:\n") && text.contains("\n  history:\n    trainLoss: ["))
        #expect(text == ModelFile.write(model, history: history))
    }

    @Test func jsonOutputIsJSON() throws {
        let (model, history) = try Self.trained()
        let text = ModelFile.write(model, history: history, format: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let trained = try #require(object["trained"] as? [String: Any])
        #expect(trained["loss"] as? String == "bce")
        #expect(((trained["history"] as? [String: Any])?["trainLoss"] as? [Any])?.count == 13)
        #expect(!text.contains("#"))
    }

    /// Retraining from the recorded start with the recorded settings reproduces the run bit for bit.
    @Test func retrainingFromTheRecordReproducesTheRun() throws {
        let (model, history) = try Self.trained()
        let back = try ModelFile.parse(ModelFile.write(model, history: history), fileName: "t.yaml")
        let again = try back.beforeTraining().trained()
        #expect(again.history == history)
        #expect(again.model == model)
    }

    @Test func biasFreeLayersAreWrittenAndReadBack() throws {
        let net = Network(inputNames: ["x"], layers: [
            DenseLayer(weights: Matrix([[1], [-1]]), biases: [0.5, 0], activation: .exp),
            DenseLayer(weights: Matrix([[0.5, 0.25]]), activation: .identity),
        ])
        let model = Model(network: net, domain: [-2...2])
        let text = ModelFile.write(model)
        #expect(text.contains("    bias: false\n") && !text.contains("biases: [0]"))
        #expect(try ModelFile.parse(text, fileName: "p.yaml") == model)
        #expect(try ModelFile.parse(ModelFile.write(model, format: .json), fileName: "p.json", format: .json) == model)
    }

    // MARK: refused files

    static func written() throws -> String {
        let (model, history) = try Self.trained()
        return ModelFile.write(model, history: history)
    }

    /// The written file with the line that starts with `prefix` replaced.
    static func replacing(_ prefix: String, with line: String, in text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(prefix) ? Substring(line) : $0 }.joined(separator: "\n")
    }

    @Test func aCurveOfAbsurdLengthIsRefusedWhereItIs() throws {
        let long = "    trainLoss: [" + Array(repeating: "0.5", count: 100_000).joined(separator: ", ") + "]"
        let text = Self.replacing("    trainLoss:", with: long, in: try Self.written())
        let error = try #require(modelError(text, file: "t.yaml"))
        #expect(error.keyPath == "trained.history.trainLoss" && error.kind == .wrongShape && error.line != nil)
        #expect(error.description.contains("has 100000 entries but the run had 12 epochs (expected 13"))
    }

    @Test func inconsistentRecordsAreRefused() throws {
        let text = try Self.written()
        let snapshotsAsked = Self.replacing("  snapshots:", with: "  snapshots: [0, 6, 12]", in: text)
        #expect(modelError(snapshotsAsked)?.keyPath == "trained.history.snapshots[1].epoch")
        let accuracy = Self.replacing("    trainAccuracy:", with: "    trainAccuracy: [" + Array(repeating: "1.5", count: 13).joined(separator: ", ") + "]", in: text)
        #expect(modelError(accuracy)?.keyPath == "trained.history.trainAccuracy[0]")
        let both = text + "train: {epochs: 3}\n"
        #expect(modelError(both)?.description.contains("either `train:`") == true)
        let noHistory = text.components(separatedBy: "\n  history:")[0] + "\n"
        #expect(modelError(noHistory)?.keyPath == "trained.history")
        let wrongShape = text.replacingOccurrences(of: "  initialLayers:\n    - weights:\n        - [",
                                                   with: "  initialLayers:\n    - weights:\n        - [7, ")
        #expect(modelError(wrongShape)?.keyPath == "trained.initialLayers[0].weights[0]")
    }

    @Test func biasesBesideBiasFalseAreRefused() {
        let text = validXOR.replacingOccurrences(of: "    weights: [[1, -2]]\n    biases: [0]",
                                                 with: "    weights: [[1, -2]]\n    bias: false\n    biases: [0]")
        let error = modelError(text)
        #expect(error?.keyPath == "layers[1].biases" && error?.description.contains("has no biases") == true)
        let noBiases = validXOR.replacingOccurrences(of: "    biases: [0]\n", with: "    bias: false\n")
        #expect(modelError(noBiases) == nil)
        let maybe = validXOR.replacingOccurrences(of: "    biases: [0]\n", with: "    bias: maybe\n")
        #expect(modelError(maybe)?.keyPath == "layers[1].bias")
    }
}

@Suite struct JSONFallbackBoolTests {
    /// JSON the YAML parser refuses (here: a leading tab) is read by JSONSerialization; `false` stays a bool.
    @Test func biasFalseSurvivesTheJSONFallback() throws {
        let text = "\t{\"nnviz\": 1, \"inputs\": 1, \"layers\": [{\"activation\": \"identity\", \"weights\": [[2]], \"bias\": false}]}"
        #expect(modelError(text, file: "tab.yaml", format: .yaml)?.kind == .syntax, "the YAML parser must refuse it")
        let model = try ModelFile.parse(text, fileName: "tab.json", format: .json)
        #expect(model.network.layers[0].hasBias == false && model.network.parameterCount == 1)
    }
}
