import Foundation

/// The one rule figures and the report use to print numbers, so output is deterministic.
public enum LabelFormat {
    /// At most `digits` significant digits (default 3), no trailing zeros, a true minus sign (U+2212),
    /// scientific form "1.2e−5" outside 1e−3…1e5, "0" for ±0.
    public static func short(_ value: Double, digits: Int = 3) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "−∞") }
        if value == 0 { return "0" }
        let sign = value < 0 ? "\u{2212}" : ""
        let a = abs(value)
        if a >= 1e5 || a < 1e-3 {
            let e = Int(floor(log10(a)))
            var m = a / pow(10, Double(e))
            m = (m * pow(10, Double(digits - 1))).rounded() / pow(10, Double(digits - 1))
            let exp = e < 0 ? "\u{2212}\(-e)" : "\(e)"
            return sign + trim(String(format: "%.\(digits - 1)f", m)) + "e" + exp
        }
        let decimals = max(0, digits - 1 - Int(floor(log10(a))))
        let text = trim(String(format: "%.\(decimals)f", a))
        return text == "0" ? "0" : sign + text
    }

    /// Plain ASCII form for machine-facing places (MathML `<mn>`, data attributes): like `short` but "-".
    public static func ascii(_ value: Double, digits: Int = 4) -> String {
        short(value, digits: digits).replacingOccurrences(of: "\u{2212}", with: "-")
    }

    /// An integer with its digits grouped in threes by commas: 550731776 → "550,731,776", −1234 → "−1,234".
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (value < 0 ? "\u{2212}" : "") + out
    }

    private static func trim(_ s: String) -> String {
        guard s.contains(".") else { return s }
        var t = s
        while t.hasSuffix("0") { t.removeLast() }
        if t.hasSuffix(".") { t.removeLast() }
        return t
    }
}
