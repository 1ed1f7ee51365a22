import Foundation
import NNVizEngine
import Testing
@testable import NNVizONNX

/// The committed fixtures (made by Fixtures/make_fixtures.py from PyTorch's two exporters and onnx.helper):
/// nnviz's forward pass equals the outputs onnxruntime recorded on the same random inputs.
@Suite struct ONNXFixtureTests {
    @Test(arguments: ["torch-legacy", "torch-dynamo", "torch-dynamo-relu", "hand-built"])
    func forwardPassMatchesOnnxruntime(name: String) throws {
        let network = try ONNXImport.network(contentsOf: ONNXTestSupport.fixture("\(name).onnx"))
        let expected = try ONNXTestSupport.expected(name)
        let outputs = network.forward(Matrix(expected.inputs)).output.rowArrays
        #expect(outputs.count == expected.outputs.count)
        // onnxruntime computes in float32 (the hand-built net's first layer in float64).
        #expect(ONNXTestSupport.maxDifference(outputs, expected.outputs) < 1e-5)
    }

    @Test func layersOfTheDynamoExportAreReadInOrder() throws {
        let network = try ONNXImport.network(contentsOf: ONNXTestSupport.fixture("torch-dynamo.onnx"))
        #expect(network.layers.map(\.activation) == [.tanh, .leakyReLU(slope: Double(Float(0.2))), .sigmoid, .softmax])
        #expect(network.layers.map(\.units) == [6, 6, 5, 3])
        #expect(network.inputNames == ["x1", "x2"])
        #expect(network.name == "torch-dynamo")
    }

    @Test func legacyAndDynamoExportsOfOneNetAgree() throws {
        let legacy = try ONNXImport.network(contentsOf: ONNXTestSupport.fixture("torch-legacy.onnx"))
        let dynamo = try ONNXImport.network(contentsOf: ONNXTestSupport.fixture("torch-dynamo-relu.onnx"))
        #expect(legacy.layers == dynamo.layers)
    }

    /// The hand-built graph: Reshape on the input, MatMul + Add in float64, Casts, Identity, Constant weights,
    /// Gemm with alpha 0.5 and beta 2, LeakyRelu 0.25, Gemm with transB = 0, Softmax.
    @Test func handBuiltGraphFoldsAlphaAndBetaIntoTheLayer() throws {
        let network = try ONNXImport.network(contentsOf: ONNXTestSupport.fixture("hand-built.onnx"))
        #expect(network.layers.map(\.activation) == [.relu, .leakyReLU(slope: 0.25), .softmax])
        #expect(network.layers.map(\.units) == [4, 2, 3])
        #expect(network.inputCount == 3)
    }

    @Test func convolutionExportIsRefusedNamingTheFirstForeignNode() {
        #expect(throws: ONNXError(file: ONNXTestSupport.fixture("torch-conv.onnx"),
                                  "node \"/0/Mod\" (Mod) is not supported; nnviz reads dense chains of \(ONNXGraph.supported)")) {
            try ONNXImport.network(contentsOf: ONNXTestSupport.fixture("torch-conv.onnx"))
        }
    }

    @Test func inputNamesReplaceTheDefaultsWhenTheCountFits() throws {
        let path = ONNXTestSupport.fixture("torch-legacy.onnx")
        #expect(try ONNXImport.network(contentsOf: path, inputNames: ["a", "b", "c", "d"]).inputNames == ["a", "b", "c", "d"])
        #expect(throws: ONNXError(file: path, "2 input names were given but the network has 4 inputs")) {
            try ONNXImport.network(contentsOf: path, inputNames: ["a", "b"])
        }
    }
}
