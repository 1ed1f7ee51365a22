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

    /// A first layer of exp units without bias (the notes' back-propagation example), then relu, then softmax.
    static func expNetwork() -> Network {
        let base = network()
        var layers = base.layers
        layers[0] = DenseLayer(weights: Matrix(layers[0].weights.rowArrays.map { $0.map { $0 / 3 } }), activation: .exp)
        return Network(name: "exp", inputNames: base.inputNames, layers: layers)
    }

    @Test func expUnitsAndLayersWithoutBiasReadBack() throws {
        let net = Self.expNetwork()
        let back = try ONNXImport.network(from: try ONNXExport.data(for: net), name: "back")
        #expect(back.layers[0].activation == .exp && !back.layers[0].hasBias && back.layers[1].hasBias)
        #expect(back.parameterCount == net.parameterCount)
    }

    @Test func exportIsDeterministic() throws {
        #expect(try ONNXExport.data(for: Self.network()) == ONNXExport.data(for: Self.network()))
    }

    @Test func stepLayersAreExportedButNotReadBack() throws {
        let net = Self.network(output: .step, hidden: [.step, .relu, .identity]).withOutputUnits(1)
        #expect(throws: ONNXError.self) { try ONNXImport.network(from: try ONNXExport.data(for: net), name: "step") }
    }

    /// The nets the round trips run: every output map, hidden relu / sigmoid / leaky-relu / step / tanh, and exp units
    /// in a layer without bias.
    static func roundTripNets(hidden: [Activation]) -> [Network] {
        [Activation.softmax, .sigmoid, .identity, .step].map { output in
            let net = network(output: output, hidden: hidden)
            return output == .softmax ? net : net.withOutputUnits(1)
        } + [expNetwork()]
    }

    /// Writes each net with `write`, runs `script` once over all of them (argv: inputs.json, then the files) and
    /// compares its JSON list of outputs with nnviz's forward pass.
    static func roundTrip(_ nets: [Network], ext: String, script: String, tolerance: Double,
                          write: (Network, URL) throws -> Void) throws {
        let files = nets.map { _ in temporary(ext) }
        let inputFile = temporary("json")
        defer { for f in files + [inputFile] { try? FileManager.default.removeItem(at: f) } }
        for (net, file) in zip(nets, files) { try write(net, file) }
        try JSONEncoder().encode(inputs()).write(to: inputFile)
        let (status, output) = ONNXTestSupport.python(script, [inputFile.path] + files.map(\.path))
        #expect(status == 0, "python3 failed:\n\(output)")
        let got = try JSONDecoder().decode([[[Double]]].self, from: Data(output.utf8))
        #expect(got.count == nets.count)
        for (net, outputs) in zip(nets, got) {
            let expected = net.forward(Matrix(inputs())).output.rowArrays
            #expect(ONNXTestSupport.maxDifference(outputs, expected) < tolerance, "\(net.layers.map(\.activation))")
        }
    }

    static let runONNX = """
        import json, sys
        import numpy as np, onnxruntime as ort
        x = np.array(json.load(open(sys.argv[1])), dtype=np.float32)
        outputs = []
        for path in sys.argv[2:]:
            s = ort.InferenceSession(path, providers=["CPUExecutionProvider"])
            outputs.append(np.asarray(s.run(None, {"input": x})[0], dtype=np.float64).tolist())
        print(json.dumps(outputs))
        """

    @Test(.enabled(if: ONNXTestSupport.hasONNXRuntime, "python3 with onnxruntime and numpy is needed (pip install onnxruntime)"))
    func onnxruntimeComputesWhatNNVizComputes() throws {
        try Self.roundTrip(Self.roundTripNets(hidden: [.relu, .sigmoid, .leakyReLU(slope: 0.3)]), ext: "onnx",
                           script: Self.runONNX, tolerance: 1e-5) { net, file in try ONNXExport.data(for: net).write(to: file) }
    }

    static let runPython = """
        import importlib.util, json, sys
        import torch
        x = torch.tensor(json.load(open(sys.argv[1])), dtype=torch.float64)
        outputs = []
        for i, path in enumerate(sys.argv[2:]):
            spec = importlib.util.spec_from_file_location(f"exported{i}", path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            with torch.no_grad():
                outputs.append(module.build_model()(x).tolist())
        print(json.dumps(outputs))
        """

    @Test(.enabled(if: ONNXTestSupport.hasTorch, "python3 with torch is needed (pip install \"torch==2.13.0+cpu\")"))
    func pyTorchScriptComputesWhatNNVizComputes() throws {
        try Self.roundTrip(Self.roundTripNets(hidden: [.step, .tanh, .leakyReLU(slope: 0.3)]), ext: "py",
                           script: Self.runPython, tolerance: 1e-12) { net, file in
            try PyTorchScript.text(for: net).write(to: file, atomically: true, encoding: .utf8)
        }
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
