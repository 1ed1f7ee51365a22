import Foundation
import NNVizEngine
import Testing
@testable import NNVizONNX

/// `nnviz export`: ONNX read back by nnviz, run by onnxruntime, and the PyTorch script run by PyTorch, all
/// against nnviz's own forward pass (the last two only where python3 has onnxruntime / torch).
@Suite struct ONNXExportTests {
    typealias S = ONNXTestSupport

    /// Every activation the exporter writes, in a 3-5-4-4-3 net with softmax output.
    static func network(output: Activation = .softmax, hidden: [Activation] = [.relu, .leakyReLU(slope: 0.1), .tanh]) -> Network {
        var rng = SeededGenerator(seed: 11)
        var layers: [DenseLayer] = []
        let sizes = [3, 5, 4, 4, 3]
        for l in 0..<(sizes.count - 1) {
            let w = (0..<sizes[l + 1]).map { _ in (0..<sizes[l]).map { _ in Double.random(in: -1.5...1.5, using: &rng) } }
            let b = (0..<sizes[l + 1]).map { _ in Double.random(in: -0.5...0.5, using: &rng) }
            layers.append(DenseLayer(weights: w, biases: b, activation: l == sizes.count - 2 ? output : hidden[l]))
        }
        return Network(name: "export test", inputNames: ["a", "b", "c"], layers: layers)
    }

    static func inputs(_ count: Int = 12) -> [[Double]] {
        var rng = SeededGenerator(seed: 5)
        return (0..<count).map { _ in (0..<3).map { _ in Double.random(in: -2...2, using: &rng) } }
    }

    static func temporary(_ ext: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("nnviz-export-\(UUID().uuidString).\(ext)")
    }

    @Test func exportReadsBackWithFloat32Weights() throws {
        let net = Self.network()
        let back = try ONNXImport.network(from: try ONNXExport.data(for: net), name: "back")
        #expect(back.layers.map(\.activation) == [.relu, .leakyReLU(slope: Double(Float(0.1))), .tanh, .softmax])
        for (a, b) in zip(net.layers, back.layers) {
            #expect(b.weights.storage == a.weights.storage.map { Double(Float($0)) })
            #expect(b.biases == a.biases.map { Double(Float($0)) })
        }
    }

    @Test func exportIsDeterministic() throws {
        #expect(try ONNXExport.data(for: Self.network()) == ONNXExport.data(for: Self.network()))
    }

    @Test func stepLayersAreExportedButNotReadBack() throws {
        let net = Self.network(output: .step, hidden: [.step, .relu, .identity]).withOutputUnits(1)
        #expect(throws: ONNXError.self) { try ONNXImport.network(from: try ONNXExport.data(for: net), name: "step") }
    }

    static let runONNX = """
        import json, sys
        import numpy as np, onnxruntime as ort
        s = ort.InferenceSession(sys.argv[1], providers=["CPUExecutionProvider"])
        x = np.array(json.load(open(sys.argv[2])), dtype=np.float32)
        print(json.dumps(np.asarray(s.run(None, {"input": x})[0], dtype=np.float64).tolist()))
        """

    @Test(.enabled(if: ONNXTestSupport.hasONNXRuntime, "python3 with onnxruntime and numpy is needed (pip install onnxruntime)"),
          arguments: [Activation.softmax, .sigmoid, .identity, .step])
    func onnxruntimeComputesWhatNNVizComputes(output: Activation) throws {
        var net = Self.network(output: output, hidden: [.relu, .sigmoid, .leakyReLU(slope: 0.3)])
        if output != .softmax { net = net.withOutputUnits(1) }
        let file = Self.temporary("onnx"), inputFile = Self.temporary("json")
        defer { try? FileManager.default.removeItem(at: file); try? FileManager.default.removeItem(at: inputFile) }
        try ONNXExport.data(for: net).write(to: file)
        try JSONEncoder().encode(Self.inputs()).write(to: inputFile)
        let (status, output) = S.python(Self.runONNX, [file.path, inputFile.path])
        #expect(status == 0, "onnxruntime failed:\n\(output)")
        let got = try JSONDecoder().decode([[Double]].self, from: Data(output.utf8))
        let expected = net.forward(Matrix(Self.inputs())).output.rowArrays
        #expect(S.maxDifference(got, expected) < 1e-5)
    }

    static let runPython = """
        import importlib.util, json, sys
        import torch
        spec = importlib.util.spec_from_file_location("exported", sys.argv[1])
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        x = torch.tensor(json.load(open(sys.argv[2])), dtype=torch.float64)
        with torch.no_grad():
            print(json.dumps(module.build_model()(x).tolist()))
        """

    @Test(.enabled(if: ONNXTestSupport.hasTorch, "python3 with torch is needed (pip install \"torch==2.13.0+cpu\")"),
          arguments: [Activation.softmax, .sigmoid, .step])
    func pyTorchScriptComputesWhatNNVizComputes(output: Activation) throws {
        var net = Self.network(output: output, hidden: [.step, .tanh, .leakyReLU(slope: 0.3)])
        if output != .softmax { net = net.withOutputUnits(1) }
        let file = Self.temporary("py"), inputFile = Self.temporary("json")
        defer { try? FileManager.default.removeItem(at: file); try? FileManager.default.removeItem(at: inputFile) }
        try PyTorchScript.text(for: net).write(to: file, atomically: true, encoding: .utf8)
        try JSONEncoder().encode(Self.inputs()).write(to: inputFile)
        let (status, output) = S.python(Self.runPython, [file.path, inputFile.path])
        #expect(status == 0, "PyTorch failed:\n\(output)")
        let got = try JSONDecoder().decode([[Double]].self, from: Data(output.utf8))
        let expected = net.forward(Matrix(Self.inputs())).output.rowArrays
        #expect(S.maxDifference(got, expected) < 1e-12)
    }
}

extension Network {
    /// The same net with only the first `count` output units (for sigmoid / step / identity outputs).
    func withOutputUnits(_ count: Int) -> Network {
        var copy = layers
        let last = copy[copy.count - 1]
        copy[copy.count - 1] = DenseLayer(weights: Array(last.weights.rowArrays.prefix(count)),
                                          biases: Array(last.biases.prefix(count)), activation: last.activation)
        return Network(name: name, inputNames: inputNames, layers: copy)
    }
}
