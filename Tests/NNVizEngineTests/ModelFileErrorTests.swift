import Foundation
import Testing
@testable import NNVizEngine

/// One test per kind of mistake: each message names the file, the line, the key path and what was expected.
@Suite struct ModelFileErrorTests {
    @Test func missingKey() throws {
        let error = try #require(modelError(validXOR.replacingOccurrences(of: "    biases: [0, -1]\n", with: "")))
        #expect(error.kind == .missingKey)
        #expect(error.keyPath == "layers[0].biases")
        #expect(error.line == 5)
        #expect(error.description.hasPrefix("test.yaml, line 5, layers[0].biases: "))
        #expect(error.description.contains("`biases` is missing"))
    }

    @Test func missingVersionSaysWhatToAdd() throws {
        let error = try #require(modelError(validXOR.replacingOccurrences(of: "nnviz: 1\n", with: "")))
        #expect(error.kind == .missingKey)
        #expect(error.description.contains("add `nnviz: 1`"))
    }

    @Test func weightsWithTooManyColumns() throws {
        let error = try #require(modelError(validXOR.replacingOccurrences(of: "[[1, -2]]", with: "[[1, -2, 3]]")))
        #expect(error.kind == .wrongShape)
        #expect(error.description
                == "test.yaml, line 9, layers[1].weights[0]: has 3 columns but layer 0 has 2 units.")
    }

    @Test func weightsAgainstTheInputCount() throws {
        let error = try #require(modelError(validXOR.replacingOccurrences(of: "[[1, 1], [1, 1]]", with: "[[1, 1], [1]]")))
        #expect(error.description == "test.yaml, line 6, layers[0].weights[1]: has 1 columns but there are 2 inputs.")
    }

    @Test func biasCountAgainstUnits() throws {
        let error = try #require(modelError(validXOR.replacingOccurrences(of: "[0, -1]", with: "[0, -1, 2]")))
        #expect(error.kind == .wrongShape)
        #expect(error.keyPath == "layers[0].biases")
        #expect(error.description.contains("has 3 entries but `weights` has 2 rows"))
    }

    @Test func unknownActivationListsTheValidOnes() throws {
        let error = try #require(modelError(validXOR.replacingOccurrences(of: "activation: relu", with: "activation: relux")))
        #expect(error.kind == .unknownActivation)
        #expect(error.keyPath == "layers[0].activation")
        #expect(error.line == 5)
        #expect(error.description.contains("unknown activation `relux`"))
        #expect(error.description.contains("relu, leaky-relu, step, sigmoid, tanh, identity"))
    }

    @Test func softmaxOnlyOnTheOutput() throws {
        let error = try #require(modelError(validXOR.replacingOccurrences(of: "activation: relu", with: "activation: softmax")))
        #expect(error.kind == .unknownActivation)
        #expect(error.description.contains("softmax is allowed on the output layer only"))
    }

    @Test func reluIsNotAnOutput() throws {
        let error = try #require(modelError(validXOR.replacingOccurrences(of: "activation: identity", with: "activation: relu")))
        #expect(error.keyPath == "layers[1].activation")
        #expect(error.description.contains("identity, sigmoid, softmax, step"))
    }

    @Test(arguments: [".nan", ".inf", "-.inf", "1e999"])
    func nonFiniteNumbers(_ literal: String) throws {
        let error = try #require(modelError(validXOR.replacingOccurrences(of: "[[1, -2]]", with: "[[1, \(literal)]]")))
        #expect(error.kind == .nonFinite)
        #expect(error.keyPath == "layers[1].weights[0][1]")
        #expect(error.line == 9)
        #expect(error.description.contains("expected a finite number but found `\(literal)`"))
    }

    @Test func emptyData() throws {
        let text = validXOR.replacingOccurrences(of: "[[0, 0], [0, 1], [1, 0], [1, 1]]", with: "[]")
            .replacingOccurrences(of: "[0, 1, 1, 0]", with: "[]")
        let error = try #require(modelError(text))
        #expect(error.kind == .badData)
        #expect(error.description == "test.yaml, line 12, data.inputs: has no points (expected at least one).")
    }

    @Test func targetsCountDiffersFromInputs() throws {
        let error = try #require(modelError(validXOR.replacingOccurrences(of: "[0, 1, 1, 0]", with: "[0, 1, 1]")))
        #expect(error.kind == .badData)
        #expect(error.description == "test.yaml, line 13, data.targets: has 3 entries but `inputs` has 4 points.")
    }

    @Test func classIndexOutOfRange() throws {
        let text = validXOR.replacingOccurrences(of: "activation: identity", with: "activation: sigmoid")
            .replacingOccurrences(of: "[0, 1, 1, 0]", with: "[0, 1, 2, 0]")
        let error = try #require(modelError(text))
        #expect(error.kind == .badData)
        #expect(error.keyPath == "data.targets[2]")
        #expect(error.description.contains("is 2 but the sigmoid output has 2 classes (expected a class index 0–1)"))
    }

    @Test func pointWithWrongDimension() throws {
        let error = try #require(modelError(validXOR.replacingOccurrences(of: "[1, 0], [1, 1]]", with: "[1], [1, 1]]")))
        #expect(error.keyPath == "data.inputs[2]")
        #expect(error.description.contains("has 1 coordinates but the network has 2 inputs"))
    }

    @Test func unreadableFile() throws {
        let dir = try temporaryFolder()
        let path = dir.appendingPathComponent("missing.yaml").path
        do {
            _ = try ModelFile.load(path: path)
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .unreadable)
            #expect(error.description == "\(path): no such file.")
        }
        do {
            _ = try ModelFile.load(path: dir.path)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("is a folder"))
        }
    }

    @Test func unsupportedVersion() throws {
        let error = try #require(modelError(validXOR.replacingOccurrences(of: "nnviz: 1", with: "nnviz: 2")))
        #expect(error.kind == .unsupportedVersion)
        #expect(error.description == "test.yaml, line 1, nnviz: this file declares format version `2` but this nnviz reads version 1.")
    }

    @Test func yamlSyntaxErrorHasALine() throws {
        let error = try #require(modelError(validXOR.replacingOccurrences(of: "biases: [0]", with: "biases: [0")))
        #expect(error.kind == .syntax)
        #expect(error.line != nil)
        #expect(error.description.contains("not valid YAML"))
    }

    @Test func jsonSyntaxErrorSaysJSON() throws {
        let error = try #require(modelError("{\"nnviz\": 1, \"inputs\": [", file: "m.json", format: .json))
        #expect(error.description.hasPrefix("m.json"))
        #expect(error.description.contains("not valid JSON"))
        #expect(!error.description.contains("YAML"))
    }

    @Test func unknownKeyIsReportedAsATypo() throws {
        let error = try #require(modelError(validXOR + "train:\n  learningrate: 0.1\n"))
        #expect(error.kind == .unknownKey)
        #expect(error.keyPath == "train.learningrate")
        #expect(error.line == 15)
        #expect(error.description.contains("expected one of loss, optimizer, learningRate"))
    }

    @Test func stringWhereANumberBelongs() throws {
        let error = try #require(modelError(validXOR.replacingOccurrences(of: "biases: [0]", with: "biases: [\"0\"]")))
        #expect(error.kind == .wrongType)
        #expect(error.description.contains("layers[1].biases[0]: expected a number but found text"))
    }

    @Test func flatWeightsExplainTheRowForm() throws {
        let error = try #require(modelError(validXOR.replacingOccurrences(of: "[[1, -2]]", with: "[1, -2]")))
        #expect(error.kind == .wrongType)
        #expect(error.description.contains("units × inputs"))
    }

    @Test func crossEntropyNeedsSoftmax() throws {
        let error = try #require(modelError(validXOR + "train:\n  loss: cross-entropy\n"))
        #expect(error.keyPath == "train.loss")
        #expect(error.description.contains("cross-entropy does not fit the identity output layer (1 unit); use mse"))
    }

    @Test func domainMustHaveOneIntervalPerInputWithLoBelowHi() throws {
        let short = try #require(modelError(validXOR + "domain: [[0, 1]]\n"))
        #expect(short.description.contains("domain: has 1 intervals but there are 2 inputs"))
        let reversed = try #require(modelError(validXOR + "domain: [[0, 1], [2, 1]]\n"))
        #expect(reversed.keyPath == "domain[1]")
        #expect(reversed.description.contains("expected lo < hi"))
    }

    @Test func csvProblemsNameTheDataFile() throws {
        let dir = try temporaryFolder()
        try "x1,x2,y\n0,0,0\n1,oops,1\n".write(to: dir.appendingPathComponent("p.csv"), atomically: true, encoding: .utf8)
        let yaml = validXOR.components(separatedBy: "data:")[0] + "data:\n  csv: p.csv\n"
        let path = dir.appendingPathComponent("m.yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: ModelFileError.self) { try ModelFile.load(path: path) }
        do { _ = try ModelFile.load(path: path) } catch {
            #expect(error.description.contains("row 3 of p.csv, column `x2`: expected a finite number but found `oops`"))
            #expect(error.keyPath == "data.csv")
        }
        let missing = yaml.replacingOccurrences(of: "p.csv", with: "nope.csv")
        try missing.write(toFile: path, atomically: true, encoding: .utf8)
        do { _ = try ModelFile.load(path: path) } catch {
            #expect(error.kind == .unreadable)
            #expect(error.description.contains("the data file nope.csv cannot be read"))
        }
    }

    @Test func weightlessLayersNeedData() throws {
        let error = try #require(modelError("nnviz: 1\ninputs: 2\nlayers:\n  - {units: 3, activation: relu}\n  - {units: 1, activation: identity}\n"))
        #expect(error.kind == .badData)
        #expect(error.description.contains("layers[0] has no weights"))
    }

    @Test func hugeLayersAreRefusedBeforeAllocating() throws {
        let text = "nnviz: 1\ninputs: 2\nlayers:\n  - {units: 100000, activation: relu}\n  - {units: 100000, activation: relu}\n"
            + "  - {units: 1, activation: identity}\ndata: {inputs: [[0, 0]], targets: [0]}\n"
        let error = try #require(modelError(text))
        #expect(error.keyPath == "layers[1]")
        #expect(error.description.contains("more than nnviz's limit"))
    }
}
