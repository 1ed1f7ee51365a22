import Foundation
import NNVizEngine
import SwiftProtobuf

/// Writes a network as an ONNX model that onnxruntime runs: opset 17, float32 weights, one input
/// `input` of shape (batch, inputs) and one output `output` of shape (batch, outputs).
///
/// Each layer is a Gemm (transB = 1, so the initialiser `layerL.weight` is units × inputs as in nnviz) with
/// `layerL.bias` (none for a layer without bias), then its activation: Relu, LeakyRelu (alpha = slope), Sigmoid,
/// Tanh, Exp, Softmax (axis −1),
/// nothing for identity, and GreaterOrEqual(z, 0) cast to float for step. `ONNXImport` reads the result back
/// (except step, which it refuses); the weights are rounded to float32.
public enum ONNXExport {
    public static let opsetVersion: Int64 = 17
    public static let irVersion: Int64 = 8

    /// The serialized ONNX model (deterministic: same network ⇒ same bytes).
    public static func data(for network: Network) throws(ONNXError) -> Data {
        do {
            return try model(for: network).serializedBytes()
        } catch {
            throw ONNXError("the ONNX model cannot be serialized (\(error))")
        }
    }

    /// The ONNX model as a protobuf message.
    static func model(for network: Network) -> Onnx_ModelProto {
        var graph = Onnx_GraphProto()
        graph.name = network.name
        var current = "input"
        for (l, layer) in network.layers.enumerated() {
            let prefix = "layer\(l + 1)"
            graph.initializer.append(tensor("\(prefix).weight", dims: [layer.units, layer.inputs], layer.weights.storage))
            var inputs = [current, "\(prefix).weight"]
            if layer.hasBias {
                graph.initializer.append(tensor("\(prefix).bias", dims: [layer.units], layer.biases))
                inputs.append("\(prefix).bias")
            }
            graph.node.append(node("Gemm", inputs, "\(prefix).z", name: "\(prefix).gemm", attributes: [int("transB", 1)]))
            current = "\(prefix).z"
            current = appendActivation(layer.activation, after: current, prefix: prefix, to: &graph)
        }
        graph.node.append(node("Identity", [current], "output", name: "output"))
        graph.input = [valueInfo("input", features: network.inputCount)]
        graph.output = [valueInfo("output", features: network.outputCount)]
        var model = Onnx_ModelProto()
        model.irVersion = irVersion
        model.producerName = "nnviz"
        var opset = Onnx_OperatorSetIdProto()
        opset.domain = ""
        opset.version = opsetVersion
        model.opsetImport = [opset]
        model.graph = graph
        return model
    }

    /// Appends the nodes of `activation` and returns the name of their output.
    private static func appendActivation(_ activation: Activation, after z: String, prefix: String,
                                         to graph: inout Onnx_GraphProto) -> String {
        let u = "\(prefix).u"
        switch activation {
        case .identity: return z
        case .relu: graph.node.append(node("Relu", [z], u, name: "\(prefix).relu"))
        case .leakyReLU(let slope):
            graph.node.append(node("LeakyRelu", [z], u, name: "\(prefix).leaky_relu", attributes: [float("alpha", slope)]))
        case .sigmoid: graph.node.append(node("Sigmoid", [z], u, name: "\(prefix).sigmoid"))
        case .tanh: graph.node.append(node("Tanh", [z], u, name: "\(prefix).tanh"))
        case .exp: graph.node.append(node("Exp", [z], u, name: "\(prefix).exp"))
        case .softmax: graph.node.append(node("Softmax", [z], u, name: "\(prefix).softmax", attributes: [int("axis", -1)]))
        case .step:
            graph.initializer.append(tensor("\(prefix).zero", dims: [], [0]))
            graph.node.append(node("GreaterOrEqual", [z, "\(prefix).zero"], "\(prefix).on", name: "\(prefix).step"))
            graph.node.append(node("Cast", ["\(prefix).on"], u, name: "\(prefix).step_cast",
                                   attributes: [int("to", Int64(Onnx_TensorProto.DataType.float.rawValue))]))
        }
        return u
    }

    private static func tensor(_ name: String, dims: [Int], _ values: [Double]) -> Onnx_TensorProto {
        var t = Onnx_TensorProto()
        t.name = name
        t.dims = dims.map(Int64.init)
        t.dataType = Int32(Onnx_TensorProto.DataType.float.rawValue)
        t.floatData = values.map(Float.init)
        return t
    }

    private static func node(_ op: String, _ inputs: [String], _ output: String, name: String,
                             attributes: [Onnx_AttributeProto] = []) -> Onnx_NodeProto {
        var n = Onnx_NodeProto()
        n.opType = op
        n.name = name
        n.input = inputs
        n.output = [output]
        n.attribute = attributes
        return n
    }

    private static func int(_ name: String, _ value: Int64) -> Onnx_AttributeProto {
        var a = Onnx_AttributeProto()
        a.name = name
        a.type = .int
        a.i = value
        return a
    }

    private static func float(_ name: String, _ value: Double) -> Onnx_AttributeProto {
        var a = Onnx_AttributeProto()
        a.name = name
        a.type = .float
        a.f = Float(value)
        return a
    }

    /// A float tensor of shape (batch, features), the batch named `batch`.
    private static func valueInfo(_ name: String, features: Int) -> Onnx_ValueInfoProto {
        var batch = Onnx_TensorShapeProto.Dimension()
        batch.dimParam = "batch"
        var width = Onnx_TensorShapeProto.Dimension()
        width.dimValue = Int64(features)
        var tensorType = Onnx_TypeProto.Tensor()
        tensorType.elemType = Int32(Onnx_TensorProto.DataType.float.rawValue)
        tensorType.shape.dim = [batch, width]
        var info = Onnx_ValueInfoProto()
        info.name = name
        info.type.tensorType = tensorType
        return info
    }
}
