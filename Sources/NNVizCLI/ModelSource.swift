import ArgumentParser
import NNVizEngine
import NNVizONNX

/// Where a command gets its model: a positional MODEL file, or `--example NAME` (exactly one of them).
///
/// Use as `@OptionGroup var source: ModelSource` in every command that takes a model; call `load()` in `run()`.
public struct ModelSource: ParsableArguments, Sendable {
    @Argument(help: ArgumentHelp("A model file (.yaml, .yml or .json; see docs/model-file.md) or an ONNX file (.onnx).",
                                 valueName: "model"))
    public var model: String?

    @Option(name: .long, help: ArgumentHelp("A built-in example instead of a file (list them with `nnviz examples`).",
                                            valueName: "name"))
    public var example: String?

    public init() {}

    /// A source for a file path or an example name (for tests and other commands).
    public init(model: String? = nil, example: String? = nil) {
        self.model = model
        self.example = example
    }

    public func validate() throws {
        switch (model, example) {
        case (nil, nil):
            throw ValidationError("Give a model file or --example NAME (`nnviz examples` lists the names).")
        case (.some, .some):
            throw ValidationError("Give either a model file or --example NAME, not both.")
        case (nil, .some(let name)):
            guard BuiltInExamples.named(name) != nil else { throw ValidationError(Self.unknownExample(name)) }
        case (.some, nil):
            break
        }
    }

    static func unknownExample(_ name: String) -> String {
        "There is no built-in example called '\(name)'; choose one of \(BuiltInExamples.names.joined(separator: ", "))."
    }

    /// The model file or example as the user named it.
    public var displayName: String {
        if let example { return "example \(example)" }
        return model ?? ""
    }

    /// Loads and checks the model (`overrides` replace `train.seed` / `train.epochs` before weights are drawn).
    public func load(overrides: ModelFile.Overrides = .init()) throws -> Model {
        if let example {
            guard let builtIn = BuiltInExamples.named(example) else { throw CLIError(Self.unknownExample(example)) }
            return try ModelFile.parse(builtIn.text, fileName: "\(example).yaml", overrides: overrides)
        }
        guard let model else { throw CLIError("Give a model file or --example NAME.") }
        return try ModelFile.load(path: model, overrides: overrides, importer: ONNXModelFile.importer)
    }
}
