extension ModelFile {
    /// The model as JSON in the model-file schema: the YAML of `write(_:)` (same keys, same order, same
    /// exact numbers) carried over node by node, so `parse(writeJSON(m), format: .json)` gives the same model
    /// bit for bit. Comments have no place in JSON and are dropped. Deterministic.
    public static func writeJSON(_ model: Model) -> String {
        // `write` always produces YAML that composes (the writer tests read it back), so the fallback is unreachable.
        guard let root = try? compose(write(model), fileName: "model.yaml", format: .yaml) else { return "{}\n" }
        var out = ""
        appendJSON(root, indent: "", to: &out)
        return out + "\n"
    }

    private static func appendJSON(_ node: ModelNode, indent: String, to out: inout String) {
        switch node.value {
        case .null: out += "null"
        case .scalar(let text, let quoted):
            if !quoted, let x = ModelNode.number(fromPlain: text), x.isFinite { out += text } else { out += jsonString(text) }
        case .sequence(let items):
            if items.allSatisfy({ if case .scalar = $0.value { true } else { false } }) {
                out += "["
                for (i, item) in items.enumerated() {
                    if i > 0 { out += ", " }
                    appendJSON(item, indent: indent, to: &out)
                }
                out += "]"
            } else {
                out += "[\n"
                for (i, item) in items.enumerated() {
                    out += indent + "  "
                    appendJSON(item, indent: indent + "  ", to: &out)
                    out += i < items.count - 1 ? ",\n" : "\n"
                }
                out += indent + "]"
            }
        case .mapping(let pairs):
            out += "{\n"
            for (i, pair) in pairs.enumerated() {
                out += indent + "  " + jsonString(pair.key) + ": "
                appendJSON(pair.value, indent: indent + "  ", to: &out)
                out += i < pairs.count - 1 ? ",\n" : "\n"
            }
            out += indent + "}"
        }
    }

    /// A JSON string literal, which is also a YAML double-quoted scalar (for text that builds model files).
    public static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
