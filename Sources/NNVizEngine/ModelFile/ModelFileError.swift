/// Everything that can go wrong reading a model file, as one sentence that says where and what.
///
/// Contract: `description` is one sentence naming the file, the line (YAML and JSON read through the YAML
/// parser carry lines; a JSON file read by the fallback parser has none), the key path in the form
/// `layers[1].weights[0]`, and what was expected. `kind` lets callers and tests branch without parsing text.
public struct ModelFileError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The class of problem.
    public enum Kind: String, Equatable, Sendable {
        /// The file could not be read (missing, a directory, not UTF-8).
        case unreadable
        /// The text is not valid YAML / JSON.
        case syntax
        /// `nnviz:` is missing or not a supported version.
        case unsupportedVersion
        /// A required key is absent.
        case missingKey
        /// A key the schema does not know (usually a typo).
        case unknownKey
        /// A value of the wrong kind (a string where a number belongs, a scalar where a list belongs).
        case wrongType
        /// Sizes that do not fit together (weights against units or inputs, domain against inputs).
        case wrongShape
        /// An activation name that is unknown or not allowed in that place.
        case unknownActivation
        /// `.nan`, `.inf` or an overflowing number.
        case nonFinite
        /// Data that is empty or does not match the network (counts, class indices, dimensions).
        case badData
        /// A value outside its allowed range (negative epochs, lo ≥ hi, an unknown loss name …).
        case invalidValue
    }

    /// The model file (or CSV file) as the user named it.
    public let file: String
    /// 1-based line of the offending node, when known.
    public let line: Int?
    /// The key path, e.g. `layers[1].weights[0]`; empty for the whole file.
    public let keyPath: String
    public let kind: Kind
    /// What is wrong and what was expected, without the location (lower-case start, no final period).
    public let message: String

    public init(file: String, line: Int?, keyPath: String, kind: Kind, message: String) {
        self.file = file
        self.line = line
        self.keyPath = keyPath
        self.kind = kind
        self.message = message
    }

    /// `model.yaml, line 7, layers[1].weights[0]: has 3 columns but layer 0 has 2 units.`
    public var description: String {
        var location = file
        if let line { location += ", line \(line)" }
        if !keyPath.isEmpty { location += ", \(keyPath)" }
        return "\(location): \(message)."
    }
}
