import ArgumentParser
import Foundation
import NNVizEngine
import NNVizONNX

/// `nnviz export MODEL -o FILE`: the model in another format, chosen by the file's extension.
public struct ExportCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a model as ONNX (.onnx), a PyTorch script (.py) or a model file (.yaml, .yml, .json).",
        discussion: """
            .onnx: opset 17, float32 weights, input `input` (batch, inputs), output `output`; runs in onnxruntime. \
            .py: a PyTorch nn.Sequential with the weights (float64); build_model() returns it. \
            .yaml / .yml / .json: the model-file schema. A model whose layers have no weights yet is trained first.

            Examples:
              nnviz export --example xor-relu -o xor.onnx
              nnviz export trained.yaml -o net.py
              nnviz export net.onnx --domain "-1,1;-1,1" -o net.yaml
            """)

    /// The formats by extension.
    public enum Format: String, CaseIterable, Sendable {
        case onnx, py, yaml, yml, json

        init(path: String) throws(CLIError) {
            let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
            guard let format = Format(rawValue: ext) else {
                throw CLIError("Cannot tell the format of '\(path)'; name the file .onnx, .py, .yaml, .yml or .json.")
            }
            self = format
        }
    }

    @OptionGroup public var source: ModelSource
    @OptionGroup public var inputs: InputOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write; its extension picks the format.", valueName: "file"))
    public var output: String

    public init() {}

    public func validate() throws {
        do { _ = try Format(path: output) } catch { throw ValidationError(error.description) }
    }

    public func run() throws {
        try OutputFile.check(output, option: "--output")
        var model = try source.load(inputs: inputs)
        if model.needsTraining {
            print("training \(model.name) first (its layers have no weights yet)")
            model = try TrainRun.train(model).model
        }
        let bytes = try Self.bytes(model, format: try Format(path: output))
        do {
            try bytes.write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw CLIError("Cannot write \(output) (check the folder exists and is writable).")
        }
        print("wrote \(output)")
    }

    /// The file contents of `model` in `format`.
    public static func bytes(_ model: Model, format: Format) throws -> Data {
        switch format {
        case .onnx: return try ONNXExport.data(for: model.network)
        case .py: return Data(PyTorchScript.text(for: model.network).utf8)
        case .yaml, .yml: return Data(ModelFile.write(model, format: .yaml, comments: ["exported by nnviz"]).utf8)
        case .json: return Data(ModelFile.write(model, format: .json).utf8)
        }
    }
}
