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

    /// Runs `python3 -c script args…` and returns its status and output (stdout and stderr). The output goes
    /// through a temporary file, not a pipe: a pipe read by `FileHandle.readDataToEndOfFile` traps on EINTR,
    /// which other tests' child processes can cause.
    static func python(_ script: String, _ arguments: [String] = []) -> (status: Int32, output: String) {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("nnviz-python-\(UUID().uuidString).txt")
        guard FileManager.default.createFile(atPath: log.path, contents: nil),
              let handle = try? FileHandle(forWritingTo: log) else { return (127, "cannot create \(log.path)") }
        defer { try? FileManager.default.removeItem(at: log) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        process.standardOutput = handle
        process.standardError = handle
        do { try process.run() } catch { return (127, "cannot start python3: \(error)") }
        process.waitUntilExit()
        try? handle.close()
        return (process.terminationStatus, (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }

    /// Which of onnxruntime (with numpy) and torch python3 has, found in one process without importing them.
    static let pythonModules: Set<String> = {
        let probe = """
            import importlib.util as u
            print(" ".join(m for m in ["onnxruntime", "numpy", "torch"] if u.find_spec(m) is not None))
            """
        let (status, output) = python(probe)
        return status == 0 ? Set(output.split(whereSeparator: \.isWhitespace).map(String.init)) : []
    }()

    static var hasONNXRuntime: Bool { pythonModules.isSuperset(of: ["onnxruntime", "numpy"]) }
    static var hasTorch: Bool { pythonModules.contains("torch") }
}
