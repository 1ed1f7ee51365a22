/// A model file as an ordered tree, written as YAML or JSON by one rule each (`ModelFile.write`).
///
/// Numbers are written with `ModelNumber.exact` in both languages (valid JSON for every finite value, and read
/// back bit for bit); keys keep the order they were built in. YAML: a mapping or a `.list` is a block, a `.flow`
/// list stays on one line. JSON: a container whose compact form fits in 100 characters is one line.
indirect enum ModelDocument {
    case number(Double)
    case integer(Int)
    /// Always quoted.
    case string(String)
    /// A schema word (an activation, loss or optimiser name such as `leaky-relu`): plain in YAML, quoted in JSON.
    case word(String)
    /// An input name: plain in YAML when that is safe (`ModelYAMLText.name`), else quoted.
    case name(String)
    case bool(Bool)
    /// A list written as a block in YAML (one `- item` per line).
    case list([ModelDocument])
    /// A list written on one line in YAML.
    case flow([ModelDocument])
    case mapping([(key: String, value: ModelDocument)])

    static func numbers(_ values: [Double]) -> ModelDocument { .flow(values.map(ModelDocument.number)) }

    /// The text in `format`, with a final newline; `comments` become `# …` lines at the top of YAML (JSON has none).
    func text(_ format: ModelFile.Format, comments: [String] = []) -> String {
        switch format {
        case .json:
            return json(indent: 0) + "\n"
        case .yaml:
            var lines = comments.map { "# \($0)" }
            yamlBody(indent: 0, into: &lines)
            return lines.joined(separator: "\n") + "\n"
        }
    }

    // MARK: YAML

    private var isBlock: Bool {
        switch self {
        case .mapping(let pairs): !pairs.isEmpty
        case .list(let items): !items.isEmpty
        default: false
        }
    }

    /// One-line form (scalars and flow lists; an empty block container too).
    private var yamlInline: String {
        switch self {
        case .number(let x): ModelNumber.exact(x)
        case .integer(let n): String(n)
        case .string(let s): ModelYAMLText.quoted(s)
        case .name(let s): ModelYAMLText.name(s)
        case .word(let s): s
        case .bool(let b): b ? "true" : "false"
        case .list(let items), .flow(let items): "[" + items.map(\.yamlInline).joined(separator: ", ") + "]"
        case .mapping(let pairs): "{" + pairs.map { "\($0.key): \($0.value.yamlInline)" }.joined(separator: ", ") + "}"
        }
    }

    /// The lines of a block mapping or block list at `indent` spaces.
    private func yamlBody(indent: Int, into lines: inout [String]) {
        let pad = String(repeating: " ", count: indent)
        switch self {
        case .mapping(let pairs):
            for (key, value) in pairs {
                if value.isBlock {
                    lines.append(pad + key + ":")
                    value.yamlBody(indent: indent + 2, into: &lines)
                } else {
                    lines.append(pad + key + ": " + value.yamlInline)
                }
            }
        case .list(let items):
            for item in items {
                guard item.isBlock else {
                    lines.append(pad + "- " + item.yamlInline)
                    continue
                }
                var inner: [String] = []
                item.yamlBody(indent: indent + 2, into: &inner)
                if let first = inner.first { inner[0] = pad + "- " + first.dropFirst(indent + 2) }
                lines += inner
            }
        default:
            lines.append(pad + yamlInline)
        }
    }

    // MARK: JSON

    private var jsonCompact: String {
        switch self {
        case .number(let x): ModelNumber.exact(x)
        case .integer(let n): String(n)
        case .string(let s), .name(let s), .word(let s): ModelYAMLText.quoted(s)
        case .bool(let b): b ? "true" : "false"
        case .list(let items), .flow(let items): "[" + items.map(\.jsonCompact).joined(separator: ", ") + "]"
        case .mapping(let pairs):
            "{" + pairs.map { ModelYAMLText.quoted($0.key) + ": " + $0.value.jsonCompact }.joined(separator: ", ") + "}"
        }
    }

    private func json(indent: Int) -> String {
        let line = jsonCompact
        if line.count + indent <= 100 { return line }
        let pad = String(repeating: " ", count: indent + 2)
        let close = String(repeating: " ", count: indent)
        switch self {
        case .list(let items), .flow(let items):
            return "[\n" + items.map { pad + $0.json(indent: indent + 2) }.joined(separator: ",\n") + "\n\(close)]"
        case .mapping(let pairs):
            return "{\n" + pairs.map { pad + ModelYAMLText.quoted($0.key) + ": " + $0.value.json(indent: indent + 2) }
                .joined(separator: ",\n") + "\n\(close)}"
        default:
            return line
        }
    }
}
