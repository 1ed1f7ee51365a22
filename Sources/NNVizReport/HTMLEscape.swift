/// Escaping for HTML text and attribute values. Plot escapes `.text` nodes but not attribute values, and it
/// keeps character references already present in text; the report therefore escapes every string it did not
/// write itself with these functions (`&`, `<`, `>`, `"`, `'`), so "&amp;" in a model name stays visible as such.
public enum HTMLEscape {
    /// Escapes `&`, `<`, `>`, `"` and `'`; safe for text content and quoted attribute values.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
