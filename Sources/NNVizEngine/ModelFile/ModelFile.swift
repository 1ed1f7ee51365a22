import Foundation
import Yams

/// Reading and writing model files (YAML or JSON, one schema: docs/model-file.md, DESIGN.md §3).
///
/// Contract: `load` / `parse` either return a `Model` whose network satisfies every `Network` precondition,
/// whose data matches the network (input dimension, one target per point, class indices in range) and whose
/// domain has one interval lo < hi per input, or throw a `ModelFileError` (never trap on user input). Every
/// size is checked against the `MemoryBudget` before it is allocated. `write` emits YAML in the same schema
/// that `parse` reads back to the same network bit for bit.
public enum ModelFile {
    /// The text format of a model file.
    public enum Format: Sendable {
        case yaml, json

        /// `.json` files are JSON; everything else is read as YAML.
        public init(path: String) {
            self = path.lowercased().hasSuffix(".json") ? .json : .yaml
        }
    }

    /// Settings that replace the file's `train.seed` / `train.epochs` before anything is drawn, so weightless
    /// layers are initialised from the overriding seed. Any override gives the model a `training` config
    /// (the file's, or the defaults for its output layer); snapshots beyond the new epoch count are dropped.
    public struct Overrides: Equatable, Sendable {
        public var seed: UInt64?
        public var epochs: Int?
        public init(seed: UInt64? = nil, epochs: Int? = nil) {
            self.seed = seed
            self.epochs = epochs
        }
        var isEmpty: Bool { seed == nil && epochs == nil }
    }

    /// The deepest YAML nesting accepted (indentation, brackets and compact `- ` entries counted together).
    static let maximumYAMLDepth = 500

    /// Reads and decodes the model file at `path` (relative paths against the current directory).
    /// A `csv:` data file (and an `onnx:` file, read by `importer`) is looked up relative to the model file's folder.
    /// The file must be a regular file of at most `budget.modelFileBytes`; anything else is refused before it is
    /// opened or read.
    public static func load(path: String, overrides: Overrides = .init(), budget: MemoryBudget = .standard,
                            importer: NetworkImporter? = nil) throws(ModelFileError) -> Model {
        let url = URL(fileURLWithPath: path)
        let text: String
        do { text = try TextFileReader.read(path: path, limit: budget.modelFileBytes) } catch {
            throw ModelFileError(file: path, line: nil, keyPath: "", kind: .unreadable, message: error.message)
        }
        return try parse(text, fileName: path, format: Format(path: path),
                         baseDirectory: url.deletingLastPathComponent().path, overrides: overrides, budget: budget,
                         importer: importer)
    }

    /// Decodes model-file text. `fileName` is used in messages and as the default model name;
    /// `baseDirectory` resolves a relative `csv:` or `onnx:` path (nil: the current directory); `importer` reads
    /// `onnx:` networks (NNVizONNX's `ONNXModelFile.importer`; nil refuses them).
    public static func parse(_ text: String, fileName: String, format: Format = .yaml, baseDirectory: String? = nil,
                             overrides: Overrides = .init(), budget: MemoryBudget = .standard,
                             importer: NetworkImporter? = nil) throws(ModelFileError) -> Model {
        let root = try compose(text, fileName: fileName, format: format)
        var decoder = ModelDecoder(file: fileName, baseDirectory: baseDirectory, overrides: overrides, importer: importer)
        decoder.budget = budget
        return try decoder.decode(ModelField(node: root, path: "", file: fileName))
    }

    /// Parses the text into a line-annotated tree: JSON by `JSONModelReader`, YAML by Yams after the raw-text
    /// checks of `ModelTextScan` (control characters, anchors and aliases, nesting).
    static func compose(_ text: String, fileName: String, format: Format) throws(ModelFileError) -> ModelNode {
        if let (scalar, place) = ModelTextScan.controlCharacter(in: text) {
            let code = String(scalar.value, radix: 16, uppercase: true)
            throw ModelFileError(file: fileName, line: place.line, keyPath: "", kind: .syntax,
                                 message: "character \(place.column) is the control character U+"
                                    + String(repeating: "0", count: max(0, 4 - code.count)) + code
                                    + ", which model files may not contain (delete it or retype the line)")
        }
        if format == .json { return try composeJSON(text, fileName: fileName) }
        try checkYAMLStructure(text, fileName: fileName)
        let composed: Node?
        do {
            composed = try Yams.compose(yaml: text)
        } catch {
            throw syntaxError(error, fileName: fileName)
        }
        guard let composed else {
            throw ModelFileError(file: fileName, line: nil, keyPath: "", kind: .syntax, message: "the file is empty")
        }
        do {
            return try ModelNode(yaml: composed)
        } catch {
            switch error {
            case .alias(let line):
                throw aliasError(fileName: fileName, line: line)
            case .nonScalarKey(let line):
                throw ModelFileError(file: fileName, line: line, keyPath: "", kind: .syntax,
                                     message: "mapping keys must be plain names")
            }
        }
    }

    private static func composeJSON(_ text: String, fileName: String) throws(ModelFileError) -> ModelNode {
        do { return try JSONModelReader.read(text) } catch {
            let message = error.message == "the file is empty" ? error.message
                : "this is not valid JSON: character \(error.column): \(error.message)"
            throw ModelFileError(file: fileName, line: error.line, keyPath: "", kind: .syntax, message: message)
        }
    }

    /// Refuses anchors, aliases and deep nesting before Yams composes (and would expand) anything.
    private static func checkYAMLStructure(_ text: String, fileName: String) throws(ModelFileError) {
        let structure = ModelTextScan.yamlStructure(text)
        if let line = structure.firstAlias ?? structure.firstAnchor { throw aliasError(fileName: fileName, line: line) }
        guard structure.depth <= maximumYAMLDepth else {
            throw ModelFileError(file: fileName, line: nil, keyPath: "", kind: .syntax,
                                 message: "the file nests deeper than \(maximumYAMLDepth) levels")
        }
    }

    private static func aliasError(fileName: String, line: Int?) -> ModelFileError {
        ModelFileError(file: fileName, line: line, keyPath: "", kind: .syntax,
                       message: "YAML anchors and aliases (&name, *name) are not supported; write the value out")
    }

    private static func syntaxError(_ error: Error, fileName: String) -> ModelFileError {
        guard let yamlError = error as? YamlError else {
            return ModelFileError(file: fileName, line: nil, keyPath: "", kind: .syntax, message: "this is not valid YAML")
        }
        switch yamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return ModelFileError(file: fileName, line: mark.line, keyPath: "", kind: .syntax,
                                  message: "this is not valid YAML: character \(mark.column): \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ModelFileError(file: fileName, line: context.mark.line, keyPath: "", kind: .syntax,
                                  message: "the key `\(duplicates.joined(separator: "`, `"))` appears twice in one mapping")
        default:
            return ModelFileError(file: fileName, line: nil, keyPath: "", kind: .syntax, message: "this is not valid YAML")
        }
    }
}
