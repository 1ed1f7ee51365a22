import Foundation
import NNVizAnalysis
import NNVizEngine
import NNVizTestSupport
import Testing
@testable import NNVizCLI

/// `decision`, `metrics` and `collapse` of `inspect --json` against independent truth.
@Suite struct DecisionFactsTests {
    static func facts(_ model: Model) throws -> [String: Any] {
        let text = try Inspect.report(model, at: nil, json: true)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func example(_ name: String) throws -> Model { try #require(try BuiltInExamples.named(name)?.load()) }

    /// The rule: sigmoid/step binary at 0.5, softmax multiclass, identity with 0/1 targets binary (XOR), other
    /// identity outputs regression.
    @Test func ruleFollowsTheOutputAndTheTargets() throws {
        #expect(DecisionRule(try Self.example("circles-relu")) == DecisionRule(kind: .binary, threshold: 0.5, classCount: 2))
        #expect(DecisionRule(try Self.example("spiral")) == DecisionRule(kind: .multiclass, threshold: nil, classCount: 3))
        #expect(DecisionRule(try Self.example("xor-relu")) == DecisionRule(kind: .binary, threshold: 0.5, classCount: 2))
        #expect(DecisionRule(try Self.example("sine")).kind == .regression)
        #expect(DecisionRule(try Self.example("threshold-table")).kind == .binary)
        let decision = try #require(try Self.facts(try Self.example("spiral"))["decision"] as? [String: Any])
        #expect(decision["kind"] as? String == "multiclass" && decision["threshold"] == nil)
    }

    /// The XOR net (identity output, 0/1 targets) classifies its four points at ŷ = 0.5: (0,1), (1,0) are class 1.
    @Test func xorIsSeparatedAtOneHalf() throws {
        let model = try Self.example("xor-relu")
        let rule = DecisionRule(model)
        let classes = [[0.0, 0], [0, 1], [1, 0], [1, 1]].map { rule.predictedClass(model.network.predict($0)) }
        #expect(classes == [0, 1, 1, 0])
    }

    /// Accuracy and confusion equal an argmax over a plain forward pass of the data, counted here.
    @Test func metricsEqualAForwardPassOverTheData() throws {
        for name in ["xor-relu", "threshold-table", "circles-relu"] {
            let model = try Self.example(name)
            let data = try #require(model.data)
            let classes = DecisionRule(model).classCount
            var confusion = [[Int]](repeating: [Int](repeating: 0, count: classes), count: classes)
            for i in 0..<data.count {
                let y = model.network.predict(data.inputs.row(i))
                let predicted = model.network.outputActivation == .softmax
                    ? y.indices.max { y[$0] < y[$1] }! : (y[0] > 0.5 ? 1 : 0)
                confusion[Int(data.targets[i])][predicted] += 1
            }
            let correct = (0..<classes).reduce(0) { $0 + confusion[$1][$1] }
            let metrics = try #require(try Self.facts(model)["metrics"] as? [String: Any])
            let train = try #require(metrics["train"] as? [String: Any])
            #expect(train["accuracy"] as? Double == Double(correct) / Double(data.count), "\(name)")
            #expect(train["confusion"] as? [[Int]] == confusion, "\(name)")
            #expect(metrics["test"] == nil)
        }
        #expect(try Self.facts(try Self.example("sine"))["metrics"] == nil, "no metrics for a regression")
    }

    /// `threshold:` makes a single identity output a binary classifier at that value; it is refused elsewhere.
    @Test func thresholdKeySetsTheBinaryThreshold() throws {
        let yaml = """
            nnviz: 1
            inputs: 1
            threshold: 2
            layers:
              - {activation: relu, weights: [[1]], biases: [0]}
              - {activation: identity, weights: [[1]], biases: [0]}
            domain: [[0, 4]]
            data: {inputs: [[1], [3]], targets: [0, 1]}
            """
        let model = try ModelFile.parse(yaml, fileName: "t.yaml")
        #expect(DecisionRule(model) == DecisionRule(kind: .binary, threshold: 2, classCount: 2))
        let decision = try #require(try Self.facts(model)["decision"] as? [String: Any])
        #expect(decision["threshold"] as? Double == 2)
        let bad = yaml.replacingOccurrences(of: "activation: identity", with: "activation: sigmoid")
        #expect(throws: ModelFileError.self) { try ModelFile.parse(bad, fileName: "t.yaml") }
    }

    /// The collapsed layer is the product of the weight matrices and predicts the network's outputs.
    @Test func collapseIsTheProductAndPredictsTheNet() throws {
        let model = try Self.example("linear-collapse")
        let collapse = try #require(try Self.facts(model)["collapse"] as? [String: Any])
        let w = try #require(collapse["weights"] as? [[Double]]), b = try #require(collapse["biases"] as? [Double])
        var rng = SeededGenerator(seed: 11)
        for _ in 0..<25 {
            let x = [rng.nextUniform(in: -1, 1), rng.nextUniform(in: -1, 1)]
            let linear = b[0] + w[0][0] * x[0] + w[0][1] * x[1]
            #expect(abs(linear - model.network.predict(x)[0]) < 1e-12)
        }
        #expect(try Self.facts(try Self.example("xor-relu"))["collapse"] == nil)
    }
}
