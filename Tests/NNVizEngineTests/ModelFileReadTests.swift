import Foundation
import Testing
import NNVizTestSupport
@testable import NNVizEngine

@Suite struct ModelFileReadTests {
    @Test func readsTheDesignExampleAsTheXORNetwork() throws {
        let model = try ModelFile.parse(validXOR, fileName: "xor.yaml")
        var expected = Fixtures.xorRelu()
        expected.name = "xor"
        #expect(model.network == expected)
        #expect(model.data?.targets == [0, 1, 1, 0])
        #expect(model.data?.inputs.row(2) == [1, 0])
        #expect(model.training == nil)
        #expect(model.needsTraining == false)
    }

    @Test func defaultDomainIsTheDataBoxPaddedTenPercent() throws {
        let model = try ModelFile.parse(validXOR, fileName: "xor.yaml")
        #expect(model.domain == [-0.1...1.1, -0.1...1.1])
        let noData = try ModelFile.parse(validXOR.components(separatedBy: "data:")[0], fileName: "xor.yaml")
        #expect(noData.domain == [-1...1, -1...1])
        #expect(noData.data == nil)
    }

    @Test func nameDefaultsToTheFileName() throws {
        let text = validXOR.replacingOccurrences(of: "name: xor\n", with: "")
        #expect(try ModelFile.parse(text, fileName: "some/dir/my-net.yaml").name == "my-net")
    }

    @Test func jsonWithTheSameSchemaGivesTheSameModel() throws {
        let json = """
        {"nnviz": 1, "name": "xor", "inputs": ["x1", "x2"],
         "layers": [{"activation": "relu", "weights": [[1, 1], [1, 1]], "biases": [0, -1]},
                    {"activation": "identity", "weights": [[1, -2]], "biases": [0]}],
         "data": {"inputs": [[0, 0], [0, 1], [1, 0], [1, 1]], "targets": [0, 1, 1, 0]}}
        """
        let fromJSON = try ModelFile.parse(json, fileName: "xor.json", format: .json)
        let fromYAML = try ModelFile.parse(validXOR, fileName: "xor.yaml")
        #expect(fromJSON == fromYAML)
    }

    @Test func jsonWithTabsFallsBackToTheJSONParser() throws {
        let json = "{\n\t\"nnviz\": 1,\n\t\"inputs\": 1,\n\t\"layers\": [{\"activation\": \"step\", "
            + "\"weights\": [[1]], \"biases\": [0]}]\n}"
        let model = try ModelFile.parse(json, fileName: "t.json", format: .json)
        #expect(model.network.inputNames == ["x1"])
    }

    @Test func loadReadsFilesAndCSVRelativeToTheModel() throws {
        let dir = try temporaryFolder()
        try "a, label, b\n0, 0, 0\n0, 1, 1\n1, 1, 0\n1, 0, 1\n".write(
            to: dir.appendingPathComponent("points.csv"), atomically: true, encoding: .utf8)
        let yaml = validXOR.components(separatedBy: "data:")[0]
            .replacingOccurrences(of: "inputs: [x1, x2]", with: "inputs: [a, b]")
            + "data:\n  csv: points.csv\n  target: label\n"
        let path = dir.appendingPathComponent("m.yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        let model = try ModelFile.load(path: path)
        #expect(model.data?.inputs == Matrix([[0, 0], [0, 1], [1, 0], [1, 1]]))
        #expect(model.data?.targets == [0, 1, 1, 0])
    }

    @Test func oneDimensionalPointsMayBeBareNumbers() throws {
        let model = try BuiltInExamples.named("threshold-table")?.load()
        #expect(model?.data?.inputs == Matrix([[0], [1], [3], [5]]))
        #expect(model?.network == Fixtures.problem2())
    }

    @Test func leakySlopeAndTrainDefaults() throws {
        let text = validXOR.replacingOccurrences(of: "  - activation: relu\n", with: "  - activation: leaky-relu\n    slope: 0.2\n")
            + "train:\n  epochs: 10\n  snapshots: [10, 0, 5, 5]\n"
        let model = try ModelFile.parse(text, fileName: "t.yaml")
        #expect(model.network.layers[0].activation == .leakyReLU(slope: 0.2))
        #expect(model.training?.loss == .mse)
        #expect(model.training?.optimizer == .adam)
        #expect(model.training?.snapshots == [0, 5, 10])
        #expect(model.training?.seed == 1)
    }

    @Test func everyBuiltInExampleWithWeightsMatchesItsFixture() throws {
        #expect(try BuiltInExamples.named("xor-relu")?.load().network == Fixtures.xorRelu())
        #expect(try BuiltInExamples.named("threshold-1d")?.load().network == Fixtures.problem1())
        #expect(try BuiltInExamples.named("threshold-triangle")?.load().network == Fixtures.problem3())
    }
}

@Suite struct ModelFileTrainedExamplesTests {
    @Test func weightlessLayersAreDrawnInOrderFromTheTrainSeed() throws {
        let model = try #require(try BuiltInExamples.named("spiral")?.load())
        #expect(model.needsTraining)
        #expect(model.network.layers.map(\.units) == [16, 16, 3])
        var rng = SeededGenerator(seed: 7)
        let expected = [(2, 16, Activation.relu), (16, 16, .relu), (16, 3, .softmax)].map {
            Initializer.layer(inputs: $0.0, units: $0.1, activation: $0.2, rng: &rng)
        }
        #expect(model.network.layers == expected)
        #expect(model.data?.count == 300)
        #expect(model.data == SyntheticDataset.generate(.spiral, count: 300, noise: 0.1, classes: 3, seed: 1))
        #expect(model.domain == SyntheticDataset.spiral.suggestedDomain)
        #expect(model.training?.loss == .crossEntropy)
        #expect(model.training?.snapshots == [0, 50, 200, 2000])
    }

    @Test func testFractionSplitsTheDataAtLoad() throws {
        let text = "nnviz: 1\ninputs: 1\nlayers:\n  - {units: 4, activation: relu}\n  - {units: 1, activation: identity}\n"
            + "data:\n  generate: {dataset: sine, count: 50}\ntrain:\n  testFraction: 0.2\n  seed: 3\n"
        let model = try ModelFile.parse(text, fileName: "s.yaml")
        let all = SyntheticDataset.generate(.sine, count: 50, noise: 0.1, classes: 2, seed: 1)
        #expect(model.data == all.split(testFraction: 0.2, seed: 3))
        #expect(model.data?.testTargets.count == 10)
    }

    @Test func generatedDataMustMatchTheInputCount() throws {
        let text = "nnviz: 1\ninputs: 1\nlayers:\n  - {units: 4, activation: relu}\n  - {units: 1, activation: sigmoid}\n"
            + "data:\n  generate: {dataset: circles}\n"
        let error = try #require(modelError(text))
        #expect(error.kind == .wrongShape)
        #expect(error.description.contains("data.generate.dataset: the circles data set has 2 inputs but the network has 1"))
    }
}
