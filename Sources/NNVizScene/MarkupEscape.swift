/// The one escaping rule for every string nnviz writes into markup: SVG (text and attributes) and the HTML report.
///
/// Contract: `&`, `<`, `>`, `"` and `'` become `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&#39;`, so the result is safe
/// in text content and in single- or double-quoted attribute values of both XML and HTML; characters XML 1.0
/// forbids (C0 controls other than tab, newline and carriage return, and the noncharacters U+FFFE and U+FFFF) are
/// dropped, so a control character in a model name never reaches a page or a figure.
public enum MarkupEscape {
    /// `s` escaped for markup text or a quoted attribute value.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
