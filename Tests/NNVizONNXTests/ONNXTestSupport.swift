import Foundation
import NNVizEngine
@testable import NNVizONNX

/// Fixture files, recorded onnxruntime outputs, a small ONNX graph builder and a python3 runner.
enum ONNXTestSupport {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    /// `NAME.expected.json`: the inputs and onnxruntime's outputs recorded by make_fixtures.py.
    struct Expected: Decodable {
        var inputs: [[Double]]
        var outputs: [[Double]]
    }

    static func expected(_ name: String) throws -> Expected {
        let data = try Data(contentsOf: URL(fileURLWithPath: fixture("\(name).expected.json")))
        return try JSONDecoder().decode(Expected.self, from: data)
    }

    /// The largest |a − b| over two equally shaped tables.
    static func maxDifference(_ a: [[Double]], _ b: [[Double]]) -> Double {
        zip(a, b).flatMap { zip($0, $1).map { abs($0 - $1) } }.max() ?? .infinity
    }

    // MARK: building graphs

    static func tensor(_ name: String, _ dims: [Int], _ values: [Float]) -> Onnx_TensorProto {
        var t = Onnx_TensorProto()
        t.name = name
        t.dims = dims.map(Int64.init)
        t.dataType = 1
        t.floatData = values
        return t
    }

    static func node(_ op: String, _ inputs: [String], _ output: String, name: String? = nil,
                     ints: [String: Int64] = [:], floats: [String: Float] = [:]) -> Onnx_NodeProto {
        var n = Onnx_NodeProto()
        n.opType = op
        n.name = name ?? output
        n.input = inputs
        n.output = [output]
        for (key, value) in ints.sorted(by: { $0.key < $1.key }) {
            var a = Onnx_AttributeProto()
            a.name = key
            a.type = .int
            a.i = value
            n.attribute.append(a)
        }
        for (key, value) in floats.sorted(by: { $0.key < $1.key }) {
            var a = Onnx_AttributeProto()
            a.name = key
            a.type = .float
            a.f = value
            n.attribute.append(a)
        }
        return n
    }

    static func valueInfo(_ name: String, _ width: Int) -> Onnx_ValueInfoProto {
        var batch = Onnx_TensorShapeProto.Dimension()
        batch.dimParam = "N"
        var w = Onnx_TensorShapeProto.Dimension()
        w.dimValue = Int64(width)
        var info = Onnx_ValueInfoProto()
        info.name = name
        info.type.tensorType.elemType = 1
        info.type.tensorType.shape.dim = [batch, w]
        return info
    }

    /// A model with input `x` (N × inputWidth), output `output`, the given nodes and initialisers.
    static func model(_ nodes: [Onnx_NodeProto], initializers: [Onnx_TensorProto], inputWidth: Int = 2,
                      output: String = "y", extraInputs: [String] = []) -> Data {
        var graph = Onnx_GraphProto()
        graph.name = "test"
        graph.node = nodes
        graph.initializer = initializers
        graph.input = [valueInfo("x", inputWidth)] + extraInputs.map { valueInfo($0, inputWidth) }
        graph.output = [valueInfo(output, 1)]
        var m = Onnx_ModelProto()
        m.irVersion = 8
        var opset = Onnx_OperatorSetIdProto()
        opset.version = 17
        m.opsetImport = [opset]
        m.graph = graph
        return (try? m.serializedBytes()) ?? Data()
    }

    /// W (2 × 2) and b (2) for a Gemm with transB = 1.
    static let w = tensor("W", [2, 2], [1, 2, 3, 4])
    static let b = tensor("b", [2], [0.5, -0.5])
    static let w2 = tensor("W2", [1, 2], [1, -1])

    // MARK: python

    /// Runs `python3 -c script args…` and returns its status and output.
    static func python(_ script: String, _ arguments: [String] = []) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (127, "cannot start python3: \(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static let hasONNXRuntime = python("import onnxruntime, numpy").status == 0
    static let hasTorch = python("import torch").status == 0
}
