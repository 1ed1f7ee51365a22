import Foundation
import Testing
import NNVizAnalysis
import NNVizEngine
import NNVizTestSupport
@testable import NNVizCLI

@Suite struct InspectTests {
    /// Table 1 of notes 001 (Problem 2). The notes print z^H_2 = 0.5 at the test point x = 3.5; the same
    /// table's u^H_2 = 0 and z^H_2 = x − 4 show it is −0.5 (a typo in the notes), which is what we assert.
    @Test func reproducesTheProblem2TableAsText() throws {
        let text = try Inspect.report(Fixtures.problem2Model(), at: "0;1;3;5;3.5", json: false)
        let table = try #require(text.components(separatedBy: "at the points of --at:\n").last)
        let rows = table.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(rows == [
            ["x", "0", "1", "3", "5", "3.5"],
            ["z^H_1", "-2", "-1", "1", "3", "1.5"],
            ["z^H_2", "-4", "-3", "-1", "1", "-0.5"],
            ["u^H_1", "0", "0", "1", "1", "1"],
            ["u^H_2", "0", "0", "0", "1", "0"],
            ["z^O", "-0.5", "-0.5", "0.5", "-1.5", "0.5"],
            ["ŷ", "0", "0", "1", "0", "1"],
            ["y", "0", "0", "1", "0"],
        ])
    }

    @Test func reproducesTheProblem2TableAsJSON() throws {
        let text = try Inspect.report(Fixtures.problem2Model(), at: "0;1;3;5;3.5", json: true)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let trace = try #require(object["trace"] as? [[String: Any]])
        let layers = trace.map { $0["layers"] as? [[String: [Double]]] ?? [] }
        #expect(layers.map { $0[0]["z"] ?? [] } == [[-2, -4], [-1, -3], [1, -1], [3, 1], [1.5, -0.5]])
        #expect(layers.map { $0[0]["u"] ?? [] } == [[0, 0], [0, 0], [1, 0], [1, 1], [1, 0]])
        #expect(layers.map { $0[1]["z"] ?? [] } == [[-0.5], [-0.5], [0.5], [-1.5], [0.5]])
        #expect(trace.map { $0["prediction"] as? Int } == [0, 0, 1, 0, 1])
        // Integral values are written as integers, in a fixed key order.
        #expect(text.contains(#""layers": [{"z": [-2, -4], "u": [0, 0]}, {"z": [-0.5], "u": [0]}]"#))
        #expect(text.hasPrefix("{\n  \"name\": \"Hard-threshold net for four points (Problem 2)\",\n  \"inputs\": 1,\n"
                               + "  \"parameters\": 7,\n"))
    }

    @Test func jsonFactsOfTheXORNet() throws {
        let text = try Inspect.report(Fixtures.xorReluModel(), at: nil, json: true)
        #expect(text == """
            {
              "name": "XOR with two ReLU units",
              "inputs": 2,
              "parameters": 9,
              "layers": [{"units": 2, "activation": "relu"}, {"units": 1, "activation": "identity"}],
              "regions": {
                "domain": [[-0.5, 1.5], [-0.5, 1.5]],
                "count": 3,
                "patterns": 3,
                "linearPieces": 3,
                "breakpoints": [],
                "bounds": {"zaslavsky": 4, "upper": 4},
                "exact": true
              },
              "units": {"dead": [], "alwaysOn": []},
              "decision": {"kind": "binary", "threshold": 0.5},
              "metrics": {"train": {"accuracy": 1, "confusion": [[2, 0], [0, 2]]}}
            }

            """)
    }

    @Test func regressionTraceHasNoPrediction() throws {
        let json = Inspect.json(Fixtures.xorReluModel(), trace: Trace(network: Fixtures.xorRelu(), points: [[1, 1]]))
        #expect(json.compact == #"{"name": "XOR with two ReLU units", "inputs": 2, "parameters": 9, "#
                + #""layers": [{"units": 2, "activation": "relu"}, {"units": 1, "activation": "identity"}], "#
                + #""trace": [{"input": [1, 1], "layers": [{"z": [2, 1], "u": [2, 1]}, {"z": [0], "u": [0]}], "#
                + #""output": [0]}]}"#)
    }

    @Test func regionsHookIsPlacedBeforeTrace() {
        let json = Inspect.json(Fixtures.problem3Model(), trace: Trace(network: Fixtures.problem3(), points: [[0.2, 0.2]]),
                                regions: .object([.init("count", .number(7))]))
        guard case .object(let members) = json else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["name", "inputs", "parameters", "layers", "regions", "trace"])
    }

    /// Seeds 000: p inputs, M hidden units, one output ⇒ (p+1)·M + M + 1 parameters.
    @Test func summaryShowsTheParameterFormula() throws {
        let summary = Inspect.summary(Fixtures.problem3Model())
        #expect(summary.contains("(p+1)·M + M + 1 = (2+1)·3 + 3 + 1 = 13 parameters"))
        #expect(summary.contains("total") && summary.contains("13"))
        let lines = summary.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("1 hidden") && $0.hasSuffix(" 9") && $0.contains("3 × 2") })
        #expect(lines.contains { $0.hasPrefix("2 output") && $0.hasSuffix(" 4") && $0.contains("1 × 3") })
    }

    @Test func spiralSummarySaysItNeedsTraining() throws {
        let model = try #require(try BuiltInExamples.named("spiral")?.load())
        let summary = Inspect.summary(model)
        #expect(summary.contains("16 × 16"))
        #expect(summary.contains("371"))  // 48 + 272 + 51
        #expect(summary.contains("not trained yet"))
        #expect(!summary.contains("(p+1)"))
    }

    @Test func softmaxTraceHasAClassRow() throws {
        let net = Network(inputNames: ["x"], layers: [
            DenseLayer(weights: [[1], [-1]], biases: [0, 0], activation: .softmax)])
        let table = TraceTable.render(Trace(network: net, points: [[2], [-1]]), network: net)
        #expect(table.contains("class"))
        #expect(table.split(separator: "\n").last?.split(separator: " ") == ["class", "0", "1"])
    }
}

@Suite struct PointListTests {
    @Test func parsesOneAndTwoDimensionalPoints() throws {
        #expect(try PointList.parse("0;1; 3.5", inputCount: 1) == [[0], [1], [3.5]])
        #expect(try PointList.parse("0,1;1,0", inputCount: 2) == [[0, 1], [1, 0]])
    }

    @Test func wrongCoordinateCountIsOneSentence() {
        #expect(throws: CLIError("--at point 2 '1' has 1 coordinate(s) but the model has 2 input(s) (write each point like 1,2).")) {
            try PointList.parse("0,1;1", inputCount: 2)
        }
    }

    @Test func nonNumbersAndEmptyAreRefused() {
        #expect(throws: CLIError.self) { try PointList.parse("a", inputCount: 1) }
        #expect(throws: CLIError.self) { try PointList.parse("nan", inputCount: 1) }
        #expect(throws: CLIError.self) { try PointList.parse(" ; ", inputCount: 1) }
    }
}

@Suite struct CollapseTests {
    /// The collapsed map must agree with the forward pass at arbitrary points (independent check).
    @Test func collapsedLinearModelEqualsTheForwardPass() throws {
        let model = try #require(try BuiltInExamples.named("linear-collapse")?.load())
        let collapse = try #require(AffineCollapse(model.network))
        let beta = collapse.weights, beta0 = collapse.biases
        #expect(beta.rows == 1 && beta.columns == 2)
        var rng = SeededGenerator(seed: 3)
        for _ in 0..<20 {
            let x = [rng.nextUniform(in: -1, 1), rng.nextUniform(in: -1, 1)]
            let linear = beta0[0] + beta[0, 0] * x[0] + beta[0, 1] * x[1]
            #expect(abs(linear - model.network.predict(x)[0]) < 1e-12)
        }
        // W² W¹ = [1, 0.5, −1]·[[1, −1], [0.5, 2], [−1, 1]] = [2.25, −1]; W² b¹ + b² = 0.5 + 0.5 + 0.25 = 1.25.
        #expect(beta.storage == [2.25, -1])
        #expect(beta0 == [1.25])
        #expect(Inspect.summary(model).contains("β = [[2.25, -1]]  β₀ = [1.25]"))
        #expect(AffineCollapse(Fixtures.xorRelu()) == nil)
    }
}

@Suite struct InspectUnitsTests {
    /// One unit always on in [−1, 1]² (z = x1 + 10), one dead (z = −x1 − 10), one switching (z = x2): the names
    /// are `l.j`, 1-based, and agree with a forward pass at the corners (the extremes of an affine z on a box).
    @Test func unitsListDeadAndAlwaysOnUnitsByName() throws {
        let net = Network(name: "flags", inputNames: ["x1", "x2"], layers: [
            DenseLayer(weights: [[1, 0], [-1, 0], [0, 1]], biases: [10, -10, 0], activation: .relu),
            DenseLayer(weights: [[1, 1, 1]], biases: [0], activation: .identity),
        ])
        let model = Model(network: net, domain: [-1...1, -1...1])
        let corners = [[-1.0, -1.0], [1, -1], [1, 1], [-1, 1]]
        let z = corners.map { net.forward(Matrix([$0])).layers[0].z.row(0) }
        #expect(z.allSatisfy { $0[0] > 0 && $0[1] < 0 })  // the truth the analysis must find
        let text = try Inspect.report(model, at: nil, json: true)
        #expect(text.contains(#""units": {"dead": ["1.2"], "alwaysOn": ["1.1"]}"#))
    }
}
