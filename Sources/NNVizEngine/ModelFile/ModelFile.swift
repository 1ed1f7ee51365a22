import Foundation
import Yams

/// Reading and writing model files (YAML or JSON, one schema: docs/model-file.md, DESIGN.md §3).
///
/// Contract: `load` / `parse` either return a `Model` whose network satisfies every `Network` precondition,
/// whose data matches the network (input dimension, one target per point, class indices in range) and whose
/// domain has one interval lo < hi per input, or throw a `ModelFileError` (never trap on user input).
/// `write` emits YAML in the same schema that `parse` reads back to the same network bit for bit.
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

    /// Reads and decodes the model file at `path` (relative paths against the current directory).
    /// A `csv:` data file (and an `onnx:` file, read by `importer`) is looked up relative to the model file's folder.
    public static func load(path: String, overrides: Overrides = .init(),
                            importer: NetworkImporter? = nil) throws(ModelFileError) -> Model {
        let url = URL(fileURLWithPath: path)
        let text: String
        do {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ModelFileError(file: path, line: nil, keyPath: "", kind: .unreadable,
                                     message: "no such file")
            }
            guard !isDirectory.boolValue else {
                throw ModelFileError(file: path, line: nil, keyPath: "", kind: .unreadable,
                                     message: "this is a folder, not a model file")
            }
            text = try String(contentsOf: url, encoding: .utf8)
        } catch let error as ModelFileError {
            throw error
        } catch {
            throw ModelFileError(file: path, line: nil, keyPath: "", kind: .unreadable,
                                 message: "the file cannot be read as UTF-8 text")
        }
        return try parse(text, fileName: path, format: Format(path: path),
                         baseDirectory: url.deletingLastPathComponent().path, overrides: overrides, importer: importer)
    }

    /// Decodes model-file text. `fileName` is used in messages and as the default model name;
    /// `baseDirectory` resolves a relative `csv:` or `onnx:` path (nil: the current directory); `importer` reads
    /// `onnx:` networks (NNVizONNX's `ONNXModelFile.importer`; nil refuses them).
    public static func parse(_ text: String, fileName: String, format: Format = .yaml,
                             baseDirectory: String? = nil, overrides: Overrides = .init(),
                             importer: NetworkImporter? = nil) throws(ModelFileError) -> Model {
        let root = try compose(text, fileName: fileName, format: format)
        let decoder = ModelDecoder(file: fileName, baseDirectory: baseDirectory, overrides: overrides, importer: importer)
        return try decoder.decode(ModelField(node: root, path: "", file: fileName))
    }

    /// Parses the text into a line-annotated tree (YAML parser first; JSON fallback for `.json`).
    static func compose(_ text: String, fileName: String, format: Format) throws(ModelFileError) -> ModelNode {
        let composed: Node?
        do {
            composed = try Yams.compose(yaml: text)
        } catch {
            if format == .json, let node = jsonFallback(text) { return node }
            throw syntaxError(error, fileName: fileName, format: format)
        }
        guard let composed else {
            throw ModelFileError(file: fileName, line: nil, keyPath: "", kind: .syntax, message: "the file is empty")
        }
        do {
            return try ModelNode(yaml: composed)
        } catch {
            switch error {
            case .alias(let line):
                throw ModelFileError(file: fileName, line: line, keyPath: "", kind: .syntax,
                                     message: "YAML aliases (*name) are not supported; write the value out")
            case .nonScalarKey(let line):
                throw ModelFileError(file: fileName, line: line, keyPath: "", kind: .syntax,
                                     message: "mapping keys must be plain names")
            }
        }
    }

    private static func jsonFallback(_ text: String) -> ModelNode? {
        guard let data = text.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data) else { return nil }
        return ModelNode(json: object)
    }

    private static func syntaxError(_ error: Error, fileName: String, format: Format) -> ModelFileError {
        let language = format == .json ? "JSON" : "YAML"
        guard let yamlError = error as? YamlError else {
            return ModelFileError(file: fileName, line: nil, keyPath: "", kind: .syntax,
                                  message: "this is not valid \(language)")
        }
        switch yamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return ModelFileError(file: fileName, line: mark.line, keyPath: "", kind: .syntax,
                                  message: "this is not valid \(language) (\(problem))")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ModelFileError(file: fileName, line: context.mark.line, keyPath: "", kind: .syntax,
                                  message: "the key `\(duplicates.joined(separator: "`, `"))` appears twice")
        default:
            return ModelFileError(file: fileName, line: nil, keyPath: "", kind: .syntax,
                                  message: "this is not valid \(language)")
        }
    }
}
