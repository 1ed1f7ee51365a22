import Foundation
import Testing
import NNVizTestSupport
@testable import NNVizEngine

@Suite struct ModelWriterTests {
    /// Awkward doubles: shortest-form decimals, subnormals, huge, negative zero, exponents.
    static let awkward: [Double] = [0.1 + 0.2, Double.leastNonzeroMagnitude, -1e-300, 1e20, -0.0, 123456789.123456789, 1.0 / 3.0,
                                    -2, 2.5e-5, Double.greatestFiniteMagnitude]

    /// A 2-5-3-1 network with random weights (SeededGenerator) plus the awkward numbers.
    static func randomModel() -> Model {
        var rng = SeededGenerator(seed: 42)
        func layer(_ inputs: Int, _ units: Int, _ activation: Activation) -> DenseLayer {
            let w = (0..<units * inputs).map { _ in rng.nextGaussian() * 3 }
            let b = (0..<units).map { _ in rng.nextUniform(in: -1, 1) }
            return DenseLayer(weights: Matrix(rows: units, columns: inputs, storage: w), biases: b, activation: activation)
        }
        var first = layer(2, 5, .leakyReLU(slope: 0.1 + 0.2))
        first.weights.storage.replaceSubrange(0..<awkward.count, with: awkward)
        let network = Network(name: "round \"trip\": test", inputNames: ["x1", "yes"],
                              layers: [first, layer(5, 3, .tanh), layer(3, 1, .sigmoid)])
        let points = (0..<7).map { _ in [rng.nextGaussian(), rng.nextGaussian()] }
        let data = Dataset(inputs: Matrix(Array(points[0..<5])), targets: [0, 1, 1, 0, 1],
                           testInputs: Matrix(Array(points[5...])), testTargets: [1, 0])
        let training = TrainingConfig(loss: .bce, optimizer: .momentum, learningRate: 0.003, epochs: 50,
                                      batchSize: 2, seed: 9, snapshots: [0, 10, 50], testFraction: 0.25)
        return Model(network: network, domain: [-1.5...2.25, (-0.1)...(0.1 + 0.2)], data: data, training: training)
    }

    @Test func writtenModelReadsBackBitForBit() throws {
        let model = Self.randomModel()
        let text = ModelFile.write(model)
        let back = try ModelFile.parse(text, fileName: "back.yaml")
        #expect(back == model)
        let bits = { (m: Model) in m.network.layers.flatMap { $0.weights.storage + $0.biases }.map(\.bitPattern) }
        #expect(bits(back) == bits(model))
        #expect(back.network.layers[0].weights.storage[4].sign == .minus)
    }

    @Test func writingIsDeterministicAndKeysAreInFixedOrder() throws {
        let text = ModelFile.write(Self.randomModel(), comments: ["trained 50 epochs"])
        #expect(text == ModelFile.write(Self.randomModel(), comments: ["trained 50 epochs"]))
        let keys = text.split(separator: "\n").filter { !$0.hasPrefix(" ") }.map { $0.prefix { $0 != ":" } }
        #expect(keys == ["# trained 50 epochs", "nnviz", "name", "inputs", "layers", "domain", "data", "train"])
        #expect(text.contains("inputs: [x1, \"yes\"]"))
        #expect(text.contains("name: \"round \\\"trip\\\": test\""))
    }

    @Test func problem2IsWrittenAsTheNotesWriteIt() throws {
        let text = ModelFile.write(Fixtures.problem2Model())
        #expect(text == """
            nnviz: 1
            name: "Hard-threshold net for four points (Problem 2)"
            inputs: [x]
            layers:
              - activation: step
                weights:
                  - [1]
                  - [1]
                biases: [-2, -4]
              - activation: step
                weights:
                  - [1, -2]
                biases: [-0.5]
            domain: [[-1, 6]]
            data:
              inputs:
                - [0]
                - [1]
                - [3]
                - [5]
              targets: [0, 0, 1, 0]

            """)
        #expect(try ModelFile.parse(text, fileName: "p2.yaml") == Fixtures.problem2Model())
    }

    @Test(arguments: [(0.1, "0.1"), (-2.0, "-2"), (1e-5, "1.0e-05"), (1e20, "1.0e+20"), (-0.0, "-0.0"), (0.0, "0")])
    func exactNumberText(_ value: Double, _ text: String) {
        #expect(ModelNumber.exact(value) == text)
        #expect(ModelNode.number(fromPlain: text)?.bitPattern == value.bitPattern)
    }

    @Test(arguments: [(1.5, "1.5"), (-2.0, "-2"), (0.123456, "0.1235"), (-0.00001, "-0"), (2.0 / 3.0, "0.6667"), (10.25, "10.25")])
    func tableNumberText(_ value: Double, _ text: String) {
        #expect(ModelNumber.text(value) == text)
    }
}
