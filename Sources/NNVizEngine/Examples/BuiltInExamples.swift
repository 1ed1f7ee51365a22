import Foundation

/// A model file compiled into nnviz (the files of assets/examples), usable wherever a MODEL path is.
public struct BuiltInExample: Sendable {
    /// The name used with `--example`, e.g. `xor-relu` (the file name without `.yaml`).
    public let name: String
    /// One line: the first comment line of the file.
    public let summary: String
    /// The YAML text of the file.
    public let text: String

    /// The decoded model; the examples are tested to load, so this only fails if an example is broken.
    public func load() throws(ModelFileError) -> Model {
        try ModelFile.parse(text, fileName: "\(name).yaml", format: .yaml)
    }
}

/// The catalogue of built-in examples, sorted by name.
public enum BuiltInExamples {
    /// Every built-in example, sorted by name.
    public static let all: [BuiltInExample] = files.map { file in
        let first = file.text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
        let summary = first.hasPrefix("#") ? String(first.dropFirst()).trimmingCharacters(in: .whitespaces) : ""
        return BuiltInExample(name: file.name, summary: summary, text: file.text)
    }

    /// The example called `name`, or nil.
    public static func named(_ name: String) -> BuiltInExample? {
        all.first { $0.name == name }
    }

    /// The example names, sorted.
    public static var names: [String] { all.map(\.name) }
}
