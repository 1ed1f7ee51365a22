import Foundation
import Testing
@testable import NNVizEngine
@testable import NNVizCLI
import NNVizTestSupport

/// JSON read back exactly: Foundation's JSONSerialization rounds some doubles in their last bit on Linux, so the
/// text goes through the model-file reader (Yams), whose numbers are `Double(text)`.
enum ExactJSON {
    static func parse(_ text: String) throws -> Any {
        value(try ModelFile.compose(text, fileName: "out.json", format: .json))
    }

    static func value(_ node: ModelNode) -> Any {
        switch node.value {
        case .scalar(let text, let quoted):
            if !quoted, let x = ModelNode.number(fromPlain: text) { return NSNumber(value: x) }
            return text
        case .sequence(let items): return items.map(value)
        case .mapping(let pairs): return Dictionary(pairs.map { ($0.key, value($0.value)) }, uniquingKeysWith: { a, _ in a })
        case .null: return NSNull()
        }
    }
}

/// `inspect --backprop`: its numbers are the engine's training gradients, agree with central finite differences,
/// and its step is one epoch of sgd training.
@Suite struct BackpropTests {
    static let hidden: [Activation] = [.relu, .leakyReLU(slope: 0.1), .sigmoid, .tanh, .identity, .exp]
    static let heads: [(Activation, Int, LossKind)] = [
        (.identity, 1, .mse), (.sigmoid, 1, .mse), (.sigmoid, 1, .bce), (.softmax, 3, .crossEntropy),
    ]

    /// A 2-3-2-K net with small seeded weights (exp of exp stays moderate) and a `train:` block with `loss`.
    static func model(hidden activation: Activation, output: Activation, units: Int, loss: LossKind, seed: UInt64) -> Model {
        var rng = SeededGenerator(seed: seed)
        var layers: [DenseLayer] = []
        var fanIn = 2
        for (l, width) in [3, 2, units].enumerated() {
            let w = Matrix(rows: width, columns: fanIn, storage: (0..<(width * fanIn)).map { _ in 0.5 * rng.nextGaussian() })
            let b = (0..<width).map { _ in 0.3 * rng.nextGaussian() }
            layers.append(DenseLayer(weights: w, biases: b, activation: l == 2 ? output : activation))
            fanIn = width
        }
        let net = Network(name: "check", inputNames: ["x1", "x2"], layers: layers)
        return Model(network: net, domain: [-1...1, -1...1],
                     training: TrainingConfig(loss: loss, optimizer: .adam, learningRate: 0.1, epochs: 10))
    }

    /// `count` points with targets that fit the loss, as `--backprop` text (numbers written exactly).
    static func batch(_ count: Int, loss: LossKind, classes: Int, seed: UInt64) -> (text: String, x: Matrix, y: [Double]) {
        var rng = SeededGenerator(seed: seed)
        let points = (0..<count).map { _ in [rng.nextUniform(in: -1, 1), rng.nextUniform(in: -1, 1)] }
        let targets = (0..<count).map { _ in loss == .mse ? rng.nextUniform() : Double(rng.nextInt(below: classes)) }
        let text = zip(points, targets).map { p, y in
            p.map(ModelNumber.exact).joined(separator: ",") + ":" + ModelNumber.exact(y)
        }.joined(separator: ";")
        return (text, Matrix(points), targets)
    }

    /// The `backprop` object of `inspect --json`.
    static func backpropJSON(_ model: Model, _ text: String, learningRate: Double? = nil) throws -> [String: Any] {
        let out = try Inspect.report(model, at: nil, json: true, backprop: text, learningRate: learningRate)
        #expect(try JSONSerialization.jsonObject(with: Data(out.utf8)) is [String: Any], "valid JSON")
        let object = try #require(try ExactJSON.parse(out) as? [String: Any])
        return try #require(object["backprop"] as? [String: Any])
    }

    static func numbers(_ any: Any?) -> [Double] { (any as? [Any] ?? []).compactMap { ($0 as? NSNumber)?.doubleValue } }
    static func rows(_ any: Any?) -> [[Double]] { (any as? [Any] ?? []).map(numbers) }

    @Test(arguments: hidden.indices, heads.indices)
    func gradientsAreTheEnginesAndMatchFiniteDifferences(hiddenIndex: Int, headIndex: Int) throws {
        let (output, units, loss) = Self.heads[headIndex]
        for count in [1, 4] {
            let seed = UInt64(10 * hiddenIndex + headIndex + 100 * count)
            let model = Self.model(hidden: Self.hidden[hiddenIndex], output: output, units: units, loss: loss, seed: seed)
            let (text, x, y) = Self.batch(count, loss: loss, classes: units == 1 ? 2 : units, seed: seed + 1)
            let json = try Self.backpropJSON(model, text)
            let layers = try #require(json["layers"] as? [[String: Any]])
            let net = model.network
            let (value, g) = try net.lossAndGradients(inputs: x, targets: y, loss: loss)
            let deltas = try net.errorTerms(inputs: x, targets: y, loss: loss)
            #expect((json["loss"] as? NSNumber)?.doubleValue == value)
            #expect(json["reduction"] as? String == "mean")
            #expect(Self.rows(json["points"]) == x.rowArrays && Self.numbers(json["targets"]) == y)
            for l in net.layers.indices {
                #expect(Self.rows(layers[l]["dL_dW"]) == g.weights[l].rowArrays)
                #expect(Self.numbers(layers[l]["dL_db"]) == g.biases[l])
                #expect(Self.rows(layers[l]["dL_dz"]) == deltas[l].rowArrays)
                #expect(Self.rows(layers[l]["z"]) == net.forward(x).layers[l].z.rowArrays)
            }
            // The printed numbers themselves against finite differences.
            let printed = Gradients(weights: layers.indices.map { Matrix(Self.rows(layers[$0]["dL_dW"])) },
                                    biases: layers.map { Self.numbers($0["dL_db"]) })
            let worst = try FiniteDifference.worstError(net, printed, x, y, loss)
            #expect(worst < 1e-6, "\(Self.hidden[hiddenIndex].name) × \(output.name) × \(loss.rawValue), \(count) point(s): \(worst)")
        }
    }

    /// The printed step is one full-batch epoch of `nnviz train` with optimizer sgd and the same learning rate.
    @Test(arguments: heads.indices)
    func theStepIsOneEpochOfSGDTraining(headIndex: Int) throws {
        let (output, units, loss) = Self.heads[headIndex]
        var model = Self.model(hidden: .tanh, output: output, units: units, loss: loss, seed: 7)
        let (text, x, y) = Self.batch(3, loss: loss, classes: units == 1 ? 2 : units, seed: 8)
        let worked = try Backprop(model: model, text: text, learningRate: 0.25)
        model.data = Dataset(inputs: x, targets: y)
        model.training = TrainingConfig(loss: loss, optimizer: .sgd, learningRate: 0.25, epochs: 1)
        let (trained, history) = try TrainRun.train(model)
        #expect(worked.after == trained.network)
        #expect(worked.lossAfter == history.trainLoss[1])
        #expect(worked.pass.loss == history.trainLoss[0])
        let json = try Self.backpropJSON(model, text, learningRate: 0.25)
        let step = try #require(json["step"] as? [String: Any])
        #expect((step["learningRate"] as? NSNumber)?.doubleValue == 0.25)
        #expect((step["lossAfter"] as? NSNumber)?.doubleValue == history.trainLoss[1])
    }

    /// Notes 001 Problem 2 (the built-in example): exp units, no output bias, squared error.
    @Test func problem2ExampleMatchesFiniteDifferences() throws {
        let model = try #require(BuiltInExamples.named("backprop-exp")).load()
        #expect(model.network.layers.map(\.activation) == [.exp, .identity] && !model.network.layers[1].hasBias)
        #expect(model.network.parameterCount == 6)
        let json = try Self.backpropJSON(model, "-1:1.5;0:1;1:1.5;2:3.5")
        let layers = try #require(json["layers"] as? [[String: Any]])
        #expect(layers[1]["dL_db"] == nil && layers[0]["dL_db"] != nil)
        let x = Matrix([[-1], [0], [1], [2]]), y = [1.5, 1, 1.5, 3.5]
        let printed = Gradients(weights: layers.map { Matrix(Self.rows($0["dL_dW"])) },
                                biases: [Self.numbers(layers[0]["dL_db"]), [0]])
        let worst = try FiniteDifference.worstError(model.network, printed, x, y, .mse)
        #expect(worst < 1e-6)
    }

    @Test func textUsesTheNotesNotation() throws {
        let model = try #require(BuiltInExamples.named("backprop-relu")).load()
        let text = try Inspect.report(model, at: nil, json: false, backprop: "1,0:1;0,0:0", learningRate: 0.5)
        for label in ["z^H_1", "u^H_3", "z^O", "ŷ", "δ^O = ∂L/∂z^O", "∂L/∂u^H_2", "δ^H_1 = ∂L/∂z^H_1",
                      "∂L/∂W^O = (δ^O)ᵀ·u^H", "∂L/∂b^H = Σ δ^H", "θ ← θ − α·∂L/∂θ with α = 0.5", "mean over the batch"] {
            #expect(text.contains(label), "missing \(label)")
        }
        // At (0,0) unit 1 has z = 0: relu′(0) = 0, so its error term is 0 although ∂L/∂u is not.
        let row = text.split(separator: "\n").first { $0.hasPrefix("δ^H_1") }.map { $0.split(separator: " ") }
        #expect(row?.last == "0")
    }

    @Test func badInputGetsOneSentence() throws {
        let model = try #require(BuiltInExamples.named("backprop-relu")).load()
        #expect(throws: CLIError("--backprop point 2 '0,0' needs its target after a ':', e.g. --backprop \"0,1:1;1,0:0\".")) {
            _ = try Inspect.report(model, at: nil, json: false, backprop: "1,0:1;0,0")
        }
        #expect(throws: CLIError("--backprop point 1 has target 2, but the bce loss needs 0 or 1.")) {
            _ = try Inspect.report(model, at: nil, json: false, backprop: "1,0:2")
        }
        let steps = try #require(BuiltInExamples.named("threshold-table")).load()
        #expect(throws: CLIError("--backprop cannot run on this model: Layer 0 uses step units: step units have zero "
                                 + "gradient; they are for hand-set weights.")) {
            _ = try Inspect.report(steps, at: nil, json: false, backprop: "3:1")
        }
    }
}
