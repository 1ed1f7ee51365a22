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

    @Option(name: .long, help: ArgumentHelp("The memory nnviz may use, e.g. 512M or 4G (default 2G, or $NNVIZ_MEMORY_BUDGET); "
                                            + "larger models are refused up front.", valueName: "size"))
    public var memoryBudget: String?

    public init() {}

    /// A source for a file path or an example name (for tests and other commands).
    public init(model: String? = nil, example: String? = nil, memoryBudget: String? = nil) {
        self.model = model
        self.example = example
        self.memoryBudget = memoryBudget
    }

    public func validate() throws {
        _ = try Self.budget(memoryBudget)
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

    /// The memory budget: `--memory-budget`, else `NNVIZ_MEMORY_BUDGET`, else 2 GB; an invalid value is a
    /// `ValidationError` naming where it came from.
    public static func budget(_ option: String?) throws -> MemoryBudget {
        do {
            if let option { return try MemoryBudget.parse(option, source: "--memory-budget") }
            return try MemoryBudget.fromEnvironment()
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// Loads and checks the model (`overrides` replace `train.seed` / `train.epochs` before weights are drawn).
    public func load(overrides: ModelFile.Overrides = .init()) throws -> Model {
        let budget = try Self.budget(memoryBudget)
        if let example {
            guard let builtIn = BuiltInExamples.named(example) else { throw CLIError(Self.unknownExample(example)) }
            return try ModelFile.parse(builtIn.text, fileName: "\(example).yaml", overrides: overrides, budget: budget)
        }
        guard let model else { throw CLIError("Give a model file or --example NAME.") }
        return try ModelFile.load(path: model, overrides: overrides, budget: budget, importer: ONNXModelFile.importer)
    }
}
