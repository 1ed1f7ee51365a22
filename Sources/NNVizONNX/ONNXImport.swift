import Foundation
import NNVizEngine
import SwiftProtobuf

/// Reads an ONNX model of a dense chain into a `Network` (docs/model-file.md, "ONNX models").
///
/// Contract: either returns a network that satisfies every `Network` precondition (hidden activations relu,
/// leaky-relu with any finite slope, sigmoid, tanh or identity; the output identity, sigmoid or softmax with
/// ≥ 2 units), or throws an `ONNXError` naming the node, its operator and what is supported. Sizes are checked
/// before allocation: the file against `fileSizeLimit`, each tensor against `ONNXTensor.elementLimit`.
public enum ONNXImport {
    /// The largest ONNX file read (64 MiB: millions of weights, far beyond what nnviz draws).
    public static let fileSizeLimit = 64 << 20

    /// Reads the file at `path`; `inputNames` (one per input feature) replace the default x1, x2, ….
    /// The network is named after the file (without folder and extension).
    public static func network(contentsOf path: String, inputNames: [String]? = nil) throws(ONNXError) -> Network {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard let size = (attributes?[.size] as? NSNumber)?.intValue else {
            throw ONNXError(file: path, "no such file")
        }
        guard attributes?[.type] as? FileAttributeType != .typeDirectory else {
            throw ONNXError(file: path, "this is a folder, not an ONNX file")
        }
        guard size <= fileSizeLimit else {
            throw ONNXError(file: path, "the file has \(size) bytes; nnviz reads ONNX files of at most \(fileSizeLimit) bytes")
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw ONNXError(file: path, "the file cannot be read") }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        do {
            return try network(from: data, name: name, inputNames: inputNames)
        } catch {
            throw error.inFile(path)
        }
    }

    /// Reads serialized ONNX bytes (a `ModelProto`).
    public static func network(from data: Data, name: String, inputNames: [String]? = nil) throws(ONNXError) -> Network {
        guard data.count <= fileSizeLimit else {
            throw ONNXError("the model has \(data.count) bytes; nnviz reads ONNX models of at most \(fileSizeLimit) bytes")
        }
        let model: Onnx_ModelProto
        do {
            model = try Onnx_ModelProto(serializedBytes: data)
        } catch {
            throw ONNXError("this is not an ONNX model (the protobuf data cannot be decoded)")
        }
        guard model.hasGraph else { throw ONNXError("this is not an ONNX model (it has no graph)") }
        let graph = try ONNXGraph(model)
        let chain = try ONNXChain(graph)
        try checkActivations(chain)
        let inputs = chain.layers[0].inputs
        let names = inputNames ?? (1...inputs).map { "x\($0)" }
        guard names.count == inputs else {
            throw ONNXError("\(names.count) input names were given but the network has \(inputs) inputs")
        }
        return Network(name: name, inputNames: names, layers: chain.layers)
    }

    /// Softmax only on the output, and there with ≥ 2 units; the output ends in identity, sigmoid or softmax.
    private static func checkActivations(_ chain: ONNXChain) throws(ONNXError) {
        let last = chain.layers.count - 1
        for (l, layer) in chain.layers.enumerated() where l < last && layer.activation == .softmax {
            throw ONNXError("node \(chain.activationNodes[l]) applies softmax to a hidden layer; nnviz allows softmax on the output only")
        }
        let output = chain.layers[last]
        guard output.activation.allowedAsOutput else {
            throw ONNXError("the output layer ends in node \(chain.activationNodes[last]); nnviz outputs are identity, sigmoid or softmax (end the chain with a Gemm or MatMul, or one of those)")
        }
        if output.activation == .softmax, output.units < 2 {
            throw ONNXError("node \(chain.activationNodes[last]) applies softmax to 1 unit; softmax needs at least 2 outputs")
        }
    }
}
