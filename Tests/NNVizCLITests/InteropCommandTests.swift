import Foundation
import NNVizAnalysis
import NNVizEngine
import Testing
@testable import NNVizCLI

/// ONNX files as MODEL, sidecar model files with `onnx:`, `--domain` / `--data` / `--plane` / `--line`, and
/// `nnviz export`.
@Suite struct InteropCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("NNVizONNXTests/Fixtures")
    static let legacy = fixtures.appendingPathComponent("torch-legacy.onnx").path

    static func folder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nnviz-interop-\(getpid())-\(name)")
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func load(_ arguments: [String]) throws -> Model {
        let command = try InspectCommand.parse(arguments)
        return try command.source.load(inputs: command.inputs)
    }

    @Test func onnxFileWithDomainAndDataFlags() throws {
        let dir = try Self.folder("flags")
        let csv = dir.appendingPathComponent("points.csv")
        try "a,b,c,d,label\n0,0,0,0,0\n1,1,1,1,2\n0.5,0,1,0,1\n".write(to: csv, atomically: true, encoding: .utf8)
        let model = try Self.load([Self.legacy, "--domain", "0,1;0,2;0,3;0,4", "--data", csv.path,
                                   "--output-activation", "softmax"])
        #expect(model.network.outputActivation == .softmax && model.network.classCount == 3)
        #expect(model.domain == [0...1, 0...2, 0...3, 0...4])
        #expect(model.data?.targets == [0, 2, 1])
        #expect(model.name == "torch-legacy")
        #expect(try Self.load([Self.legacy]).domain == Array(repeating: -1...1, count: 4))
        // Values that start with '-' are values, not options.
        #expect(try Self.load([Self.legacy, "--domain", "-2,1;-1,2;-3,3;-4,0"]).domain == [-2...1, -1...2, -3...3, -4...0])
        #expect(try Self.load([Self.legacy, "--line", "-1,-1,-1,-1;1,1,1,1"]).slice?.points[0] == [-1, -1, -1, -1])
    }

    @Test func flagProblemsAreOneSentence() throws {
        let wrongCount = "\(Self.legacy): the domain has 1 interval(s) but the network has 4 inputs (give one lo,hi per input)."
        #expect(throws: (any Error).self) { try Self.load([Self.legacy, "--domain", "0,1"]) }
        do { _ = try Self.load([Self.legacy, "--domain", "0,1"]) } catch { #expect("\(error)" == wrongCount) }
        #expect(throws: CLIError("--domain interval 1 is [1.0, 0.0] but needs lo < hi.")) {
            try Self.load([Self.legacy, "--domain", "1,0;0,1;0,1;0,1"])
        }
        #expect(throws: CLIError("--domain, --data and --output-activation apply to .onnx models; a model file gives them as `domain:`, `data:` and `onnx: {file:, output:}`.")) {
            try Self.load(["--example", "xor-relu", "--domain", "0,1;0,1"])
        }
        #expect(throws: CLIError("--plane \"0,0;1,1;2,2\": the three points are collinear, so they do not define a plane.")) {
            try Self.load(["--example", "xor-relu", "--plane", "0,0;1,1;2,2"])
        }
        #expect(throws: CLIError("--line point 2 '1' has 1 coordinate(s) but the model has 2 input(s) (write each point like 1,2).")) {
            try Self.load(["--example", "xor-relu", "--line", "0,0;1"])
        }
        #expect(throws: (any Error).self) { try InspectCommand.parse(["--example", "xor-relu", "--plane", "0,0;1,0;0,1", "--line", "0,0;1,1"]) }
    }

    @Test func sidecarModelFileNamesTheInputsAndGivesTheRest() throws {
        let dir = try Self.folder("sidecar")
        try FileManager.default.copyItem(atPath: Self.legacy, toPath: dir.appendingPathComponent("net.onnx").path)
        let sidecar = dir.appendingPathComponent("net.yaml")
        try """
            nnviz: 1
            name: Sidecar
            onnx: {file: net.onnx, output: softmax}
            inputs: [a, b, c, d]
            domain: [[0, 1], [0, 1], [0, 1], [0, 1]]
            plane: {through: [[0, 0, 0, 0], [1, 0, 0, 0], [0, 1, 0, 0]]}
            data:
              inputs: [[0, 0, 0, 0], [1, 1, 1, 1]]
              targets: [0, 2]
            """.write(to: sidecar, atomically: true, encoding: .utf8)
        let model = try Self.load([sidecar.path])
        #expect(model.network.inputNames == ["a", "b", "c", "d"] && model.name == "Sidecar")
        #expect(model.network.layers.map(\.units) == [8, 3])
        #expect(model.slice?.kind == .plane && model.data?.count == 2)
        try "nnviz: 1\nonnx: conv.onnx\n".write(to: sidecar, atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: Self.fixtures.appendingPathComponent("torch-conv.onnx").path,
                                         toPath: dir.appendingPathComponent("conv.onnx").path)
        do {
            _ = try Self.load([sidecar.path])
            Issue.record("a convolution should be refused")
        } catch {
            #expect("\(error)".hasPrefix("\(sidecar.path), line 2, onnx: \(dir.appendingPathComponent("conv.onnx").path): node \"/0/Mod\" (Mod) is not supported;"))
        }
    }

    @Test func outputMapMustFitTheOutputLayer() throws {
        #expect(throws: ModelFileError(file: Self.legacy, line: nil, keyPath: "--output-activation", kind: .invalidValue,
                                       message: "`sigmoid` does not fit an output of 3 unit(s) (expected softmax for 2 or more units, sigmoid for 1)")) {
            try Self.load([Self.legacy, "--output-activation", "sigmoid"])
        }
        let dynamo = Self.fixtures.appendingPathComponent("torch-dynamo.onnx").path
        #expect(throws: ModelFileError(file: dynamo, line: nil, keyPath: "--output-activation", kind: .invalidValue,
                                       message: "the ONNX output already ends in softmax; `output` applies to an identity output (logits)")) {
            try Self.load([dynamo, "--output-activation", "softmax"])
        }
    }

    @Test func dataFlagProblemsNameTheFlagAndHintAtLogits() throws {
        let dir = try Self.folder("logits")
        let csv = dir.appendingPathComponent("points.csv")
        try "a,b,c,d,label\n0,0,0,0,0\n1,1,1,1,2\n".write(to: csv, atomically: true, encoding: .utf8)
        do {
            _ = try Self.load([Self.legacy, "--data", csv.path])
            Issue.record("class targets on a 3-unit identity output should be refused")
        } catch {
            #expect("\(error)".hasPrefix("\(Self.legacy), --data: "))
            #expect("\(error)".hasSuffix("(a classifier exported with its logits needs --output-activation softmax)."))
        }
    }

    @Test func inspectJSONReportsThePlaneInsideRegions() throws {
        let text = try Inspect.report(try Self.load(["--example", "iris"]), at: nil, json: true)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let regions = try #require(json["regions"] as? [String: Any])
        let plane = try #require(regions["plane"] as? [String: Any])
        let u = try #require(plane["u"] as? [Double]), v = try #require(plane["v"] as? [Double])
        #expect(abs(zip(u, v).map { $0 * $1 }.reduce(0, +)) < 1e-12)
        #expect(abs(u.map { $0 * $0 }.reduce(0, +) - 1) < 1e-12 && abs(v.map { $0 * $0 }.reduce(0, +) - 1) < 1e-12)
        #expect(plane["origin"] as? [Double] == [5.006, 3.428, 1.462, 0.246])
        #expect(regions["domain"] as? [[Double]] == [[-1.5, 7.5], [-2, 2.5]])
        #expect((regions["count"] as? Int ?? 0) >= 1)
        #expect(json["inputs"] as? Int == 4)
        // Accuracy is the full net's on the real flowers, not the slice's on their projections.
        let full = try Self.load(["--example", "iris"])
        let metrics = try #require((json["metrics"] as? [String: Any])?["train"] as? [String: Any])
        let accuracy = try #require(metrics["accuracy"] as? Double)
        let data = try #require(full.data)
        let correct = (0..<data.count).filter { i in
            let y = full.network.predict(data.inputs.row(i))
            return Double(y.indices.max { y[$0] < y[$1] } ?? -1) == data.targets[i]
        }.count
        #expect(abs(accuracy - Double(correct) / Double(data.count)) < 1e-12)
        let line = try Inspect.report(try Self.load([Self.legacy, "--line", "0,0,0,0;1,1,1,1"]), at: nil, json: true)
        #expect(line.contains("\"line\": {") && line.contains("\"breakpoints\""))
    }

    @Test func exportWritesEveryFormatByExtension() throws {
        let dir = try Self.folder("export")
        let model = try Self.load(["--example", "xor-relu"])
        for ext in ["yaml", "json", "onnx", "py"] {
            let path = dir.appendingPathComponent("xor.\(ext)").path
            var command = try ExportCommand.parse(["--example", "xor-relu", "-o", path])
            try command.run()
            command.output = path
            #expect(FileManager.default.fileExists(atPath: path))
        }
        #expect(try ModelFile.load(path: dir.appendingPathComponent("xor.yaml").path) == model)
        #expect(try ModelFile.load(path: dir.appendingPathComponent("xor.json").path) == model)
        let back = try Self.load([dir.appendingPathComponent("xor.onnx").path])
        #expect(back.network.layers == model.network.layers)   // small whole and half numbers survive float32
        let script = try String(contentsOfFile: dir.appendingPathComponent("xor.py").path, encoding: .utf8)
        #expect(script.contains("nn.Linear(2, 2)") && script.contains("nn.ReLU()"))
        #expect(throws: (any Error).self) { try ExportCommand.parse(["--example", "xor-relu", "-o", "x.txt"]) }
        let missing = try ExportCommand.parse(["--example", "xor-relu", "-o", "/no/such/folder/x.onnx"])
        #expect(throws: CLIError.self) { try missing.run() }
    }

    @Test func renderDrawsTheRegionsOnThePlane() throws {
        let out = try Self.folder("render").appendingPathComponent("r")
        let command = try RenderCommand.parse([Self.legacy, "--plane", "0,0,0,0;1,0,0,0;0,1,1,0", "-o", out.path,
                                               "--format", "svg", "--figures", "regions,graph"])
        _ = try command.render()
        let svg = try String(contentsOf: out.appendingPathComponent("figures/regions.svg"), encoding: .utf8)
        let model = try Self.load([Self.legacy, "--plane", "0,0,0,0;1,0,0,0;0,1,1,0"])
        let count = try #require(RegionSummary.summary(for: try model.sliced())).count
        #expect(svg.components(separatedBy: "class=\"region\"").count - 1 == count)
        #expect(svg.contains("Linear regions of torch-legacy</title>"))
    }

    @Test(.enabled(if: BinaryTests.built)) func binaryReadsONNXAndRefusesAConvolutionInOneSentence() throws {
        let ok = try BinaryTests.run(["inspect", Self.legacy, "--plane", "0,0,0,0;1,0,0,0;0,0,1,0", "--json"])
        #expect(ok.status == 0 && ok.out.contains("\"plane\": {"))
        let conv = Self.fixtures.appendingPathComponent("torch-conv.onnx").path
        let refused = try BinaryTests.run(["render", conv, "-o", "never-written"])
        #expect(refused.status != 0)
        #expect(refused.err == "Error: \(conv): node \"/0/Mod\" (Mod) is not supported; nnviz reads dense chains of Gemm, "
                + "MatMul followed by Add, Relu, LeakyRelu, Sigmoid, Tanh, Exp, Softmax (last), Identity, Dropout, Cast, Flatten "
                + "and Reshape to (batch, features).\n")
    }
}
