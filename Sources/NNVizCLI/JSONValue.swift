import NNVizEngine

/// A JSON value with object keys in a fixed order (the order they were built in), written by one rule.
///
/// Numbers use `ModelNumber.json` (integral values as integers: `-2`, not `-2.0`; full round-trip precision
/// otherwise). A container whose compact form fits in 80 characters is written on one line, others are
/// indented by two spaces per level. Same value ⇒ same text.
public indirect enum JSONValue: Equatable, Sendable {
    case number(Double)
    case string(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    /// Members in output order.
    case object([Member])

    public struct Member: Equatable, Sendable {
        public var key: String
        public var value: JSONValue
        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// `.number` for every entry.
    public static func numbers(_ values: [Double]) -> JSONValue { .array(values.map(JSONValue.number)) }

    /// The text with a final newline.
    public var text: String { render(indent: 0) + "\n" }

    /// The one-line form.
    public var compact: String {
        switch self {
        case .number(let x): ModelNumber.json(x)
        case .string(let s): Self.quote(s)
        case .bool(let b): b ? "true" : "false"
        case .null: "null"
        case .array(let items): "[" + items.map(\.compact).joined(separator: ", ") + "]"
        case .object(let members):
            "{" + members.map { Self.quote($0.key) + ": " + $0.value.compact }.joined(separator: ", ") + "}"
        }
    }

    private func render(indent: Int) -> String {
        let line = compact
        if line.count + indent <= 80 { return line }
        let pad = String(repeating: " ", count: indent + 2)
        let close = String(repeating: " ", count: indent)
        switch self {
        case .array(let items):
            return "[\n" + items.map { pad + $0.render(indent: indent + 2) }.joined(separator: ",\n") + "\n\(close)]"
        case .object(let members):
            return "{\n" + members.map { pad + Self.quote($0.key) + ": " + $0.value.render(indent: indent + 2) }
                .joined(separator: ",\n") + "\n\(close)}"
        default:
            return line
        }
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
