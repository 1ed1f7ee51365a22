import Foundation
import NNVizEngine
import Testing
@testable import NNVizONNX

/// Every graph nnviz refuses gets one sentence naming the node, its operator and what is supported.
@Suite struct ONNXRefusalTests {
    typealias S = ONNXTestSupport

    /// A refused graph and the exact sentence expected.
    struct Case: CustomStringConvertible, Sendable {
        var label: String
        var data: Data
        var message: String
        var description: String { label }
    }

    static let gemm = S.node("Gemm", ["x", "W", "b"], "z", name: "gemm", ints: ["transB": 1])
    static let supported = ONNXGraph.supported
    static let layerRule = "nnviz layers are z = W·a + b followed by one activation"

    static let cases: [Case] = [
        Case(label: "unsupported operator",
             data: S.model([S.node("Conv", ["x", "W"], "y", name: "conv")], initializers: [S.w]),
             message: "node \"conv\" (Conv) is not supported; nnviz reads dense chains of \(supported)"),
        Case(label: "foreign operator domain",
             data: S.model([{ var n = S.node("Relu", ["x"], "y", name: "custom"); n.domain = "com.example"; return n }()],
                           initializers: []),
             message: "node \"custom\" (Relu) is from the operator domain \"com.example\"; nnviz reads the standard operators \(supported)"),
        Case(label: "branch",
             data: S.model([gemm, S.node("Relu", ["z"], "a", name: "relu"), S.node("Sigmoid", ["z"], "y", name: "sig")],
                           initializers: [S.w, S.b]),
             message: "the value \"z\" feeds 2 nodes (\"relu\" (Relu), \"sig\" (Sigmoid)); nnviz reads a chain, where every value feeds one node"),
        Case(label: "two computed values combined",
             data: S.model([gemm, S.node("Add", ["z", "z"], "y", name: "add")], initializers: [S.w, S.b]),
             message: "node \"add\" (Add) combines the computed values [\"z\", \"z\"]; nnviz reads a chain, where each node takes the previous node's output as its first input"),
        Case(label: "activation without a layer",
             data: S.model([S.node("Relu", ["x"], "a", name: "relu"), S.node("Gemm", ["a", "W", "b"], "y", ints: ["transB": 1])],
                           initializers: [S.w, S.b]),
             message: "node \"relu\" (Relu) does not follow a Gemm or MatMul; \(layerRule)"),
        Case(label: "add without a layer",
             data: S.model([S.node("Add", ["x", "b"], "a", name: "add"), S.node("Gemm", ["a", "W", "b"], "y", ints: ["transB": 1])],
                           initializers: [S.w, S.b]),
             message: "node \"add\" (Add) adds a constant without a Gemm or MatMul before it; \(layerRule)"),
        Case(label: "softmax on a hidden layer",
             data: S.model([gemm, S.node("Softmax", ["z"], "a", name: "soft"), S.node("Gemm", ["a", "W2"], "y", ints: ["transB": 1])],
                           initializers: [S.w, S.b, S.w2]),
             message: "node \"soft\" (Softmax) applies softmax to a hidden layer; nnviz allows softmax on the output only"),
        Case(label: "tanh output",
             data: S.model([gemm, S.node("Tanh", ["z"], "y", name: "tanh")], initializers: [S.w, S.b]),
             message: "the output layer ends in node \"tanh\" (Tanh); nnviz outputs are identity, sigmoid or softmax (end the chain with a Gemm or MatMul, or one of those)"),
        Case(label: "softmax over one unit",
             data: S.model([S.node("Gemm", ["x", "W2"], "z", name: "g", ints: ["transB": 1]), S.node("Softmax", ["z"], "y", name: "soft")],
                           initializers: [S.w2]),
             message: "node \"soft\" (Softmax) applies softmax to 1 unit; softmax needs at least 2 outputs"),
        Case(label: "transA",
             data: S.model([S.node("Gemm", ["x", "W", "b"], "y", name: "gemm", ints: ["transA": 1])], initializers: [S.w, S.b]),
             message: "node \"gemm\" (Gemm) has transA = 1, which transposes the batch; nnviz reads Gemm with transA = 0"),
        Case(label: "softmax over the batch",
             data: S.model([gemm, S.node("Softmax", ["z"], "y", name: "soft", ints: ["axis": 0])], initializers: [S.w, S.b]),
             message: "node \"soft\" (Softmax) takes the softmax over axis 0; nnviz takes it over the features (axis 1 or -1)"),
        Case(label: "cast to an integer type",
             data: S.model([S.node("Cast", ["x"], "c", name: "cast", ints: ["to": 7]), S.node("Gemm", ["c", "W", "b"], "y", ints: ["transB": 1])],
                           initializers: [S.w, S.b]),
             message: "node \"cast\" (Cast) casts to element type 7; nnviz reads Cast to float32 (1) or float64 (11) only"),
        Case(label: "flatten from axis 2",
             data: S.model([S.node("Flatten", ["x"], "f", name: "flat", ints: ["axis": 2]), S.node("Gemm", ["f", "W", "b"], "y", ints: ["transB": 1])],
                           initializers: [S.w, S.b]),
             message: "node \"flat\" (Flatten) flattens from axis 2; nnviz reads Flatten with axis 1 (batch, features)"),
        Case(label: "reshape to three dimensions",
             data: S.model([S.node("Reshape", ["x", "shape"], "r", name: "reshape"), S.node("Gemm", ["r", "W", "b"], "y", ints: ["transB": 1])],
                           initializers: [S.w, S.b, { var t = S.tensor("shape", [3], []); t.dataType = 7; t.int64Data = [-1, 1, 2]; return t }()]),
             message: "node \"reshape\" (Reshape) reshapes to [-1, 1, 2]; nnviz reads Reshape to (batch, features) only"),
        Case(label: "weights from a computed value",
             data: S.model([S.node("Relu", ["W"], "w", name: "relu_w"), S.node("MatMul", ["x", "w"], "y", name: "mm")],
                           initializers: [S.w]),
             message: "node \"mm\" (MatMul) combines the computed values [\"x\", \"w\"]; nnviz reads a chain, where each node takes the previous node's output as its first input"),
        Case(label: "no weights",
             data: S.model([S.node("MatMul", ["x"], "y", name: "mm")], initializers: []),
             message: "node \"mm\" (MatMul) has no weight input; nnviz reads weights from initialisers or Constant nodes"),
        Case(label: "node off the chain",
             data: S.model([gemm, S.node("Relu", ["b"], "r", name: "stray")], initializers: [S.w, S.b], output: "z"),
             message: "node \"stray\" (Relu) is not on the chain from the input \"x\" to the output \"z\""),
        Case(label: "chain ends elsewhere",
             data: S.model([gemm], initializers: [S.w, S.b], output: "y"),
             message: "the chain from the input \"x\" ends at \"z\", not at the output \"y\""),
        Case(label: "no dense layer",
             data: S.model([S.node("Identity", ["x"], "y", name: "id")], initializers: []),
             message: "the graph has no Gemm or MatMul, so it has no dense layer to read"),
        Case(label: "two inputs",
             data: S.model([gemm], initializers: [S.w, S.b], output: "z", extraInputs: ["x2"]),
             message: "the graph has 2 inputs (x, x2); nnviz reads a chain with exactly one input"),
        Case(label: "width mismatch",
             data: S.model([gemm], initializers: [S.w, S.b], inputWidth: 3, output: "z"),
             message: "node \"gemm\" (Gemm) expects 2 features but receives 3"),
        Case(label: "absurd dimensions",
             data: S.model([gemm], initializers: [S.tensor("W", [1 << 40, 1 << 40], []), S.b], output: "z"),
             message: "tensor \"W\" has dimension 1099511627776 (expected 0 … \(ONNXTensor.elementLimit))"),
        Case(label: "too many elements",
             data: S.model([gemm], initializers: [S.tensor("W", [1 << 13, 1 << 13], []), S.b], output: "z"),
             message: "tensor \"W\" has dimensions [8192, 8192] with more than \(ONNXTensor.elementLimit) elements"),
        Case(label: "data shorter than the dimensions",
             data: S.model([gemm], initializers: [S.tensor("W", [2, 2], [1, 2, 3]), S.b], output: "z"),
             message: "tensor \"W\" has 3 values but its dimensions [2, 2] need 4"),
        Case(label: "float16 weights",
             data: S.model([gemm], initializers: [{ var t = S.tensor("W", [2, 2], []); t.dataType = 10; t.rawData = Data(count: 8); return t }(), S.b],
                           output: "z"),
             message: "tensor \"W\" has element type float16; nnviz reads \(ONNXTensor.readableTypes)"),
        Case(label: "external data",
             data: S.model([gemm], initializers: [{ var t = S.w; t.dataLocation = .external; return t }(), S.b], output: "z"),
             message: "tensor \"W\" keeps its data in an external file, which nnviz does not read (save the model with its weights inside)"),
        Case(label: "not finite",
             data: S.model([gemm], initializers: [S.tensor("W", [2, 2], [1, .nan, 3, 4]), S.b], output: "z"),
             message: "tensor \"W\" has a value that is not finite"),
        Case(label: "alpha overflows the weights",
             data: S.model([S.node("Gemm", ["x", "W", "b"], "z", name: "gemm", ints: ["transB": 1], floats: ["alpha": .infinity])],
                           initializers: [S.w, S.b], output: "z"),
             message: "node \"gemm\" (Gemm) scales its weights to values that are not finite"),
        Case(label: "beta overflows the biases",
             data: S.model([S.node("Gemm", ["x", "W", "b"], "z", name: "gemm", ints: ["transB": 1], floats: ["beta": .infinity])],
                           initializers: [S.w, S.b], output: "z"),
             message: "node \"gemm\" (Gemm) makes biases that are not finite"),
        Case(label: "reshape to an absurd shape",
             data: S.model([S.node("Reshape", ["x", "shape"], "r", name: "reshape"), S.node("Gemm", ["r", "W", "b"], "y", ints: ["transB": 1])],
                           initializers: [S.w, S.b, { var t = S.tensor("shape", [3], []); t.dataType = 7; t.int64Data = [Int64.max, Int64.min, 2]; return t }()]),
             message: "node \"reshape\" (Reshape) reshapes to [9.223372036854776e+18, -9.223372036854776e+18, 2]; nnviz reads Reshape to (batch, features) only"),
        Case(label: "not protobuf",
             data: Data("nnviz: 1\n".utf8),
             message: "this is not an ONNX model (the protobuf data cannot be decoded)"),
    ]

    @Test(arguments: cases)
    func refusedWithOneSentence(_ c: Case) {
        #expect(throws: ONNXError(c.message)) { try ONNXImport.network(from: c.data, name: "test") }
    }

    @Test func missingFileAndFolderAreNamed() {
        #expect(throws: ONNXError(file: "/no/such.onnx", "no such file")) { try ONNXImport.network(contentsOf: "/no/such.onnx") }
        #expect(throws: ONNXError(file: "/tmp", "this is a folder, not an ONNX file")) { try ONNXImport.network(contentsOf: "/tmp") }
    }

    @Test func errorSentenceNamesTheFile() {
        #expect(ONNXError(file: "net.onnx", "node \"a\" (Conv) is not supported").description
                == "net.onnx: node \"a\" (Conv) is not supported.")
    }
}
