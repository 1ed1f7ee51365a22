import Foundation
/// The one rule nnviz uses to write numbers as text (model files, `inspect` tables and JSON).
public enum ModelNumber {
    /// Exact text that reads back to the same `Double` bit for bit: whole numbers below 10^15 without a
    /// fraction (`-2`), `-0.0` kept, everything else Swift's shortest round-trip form with a mantissa dot
    /// (`0.1`, `1.0e-05`) so that YAML 1.1 readers see a float. Non-finite values give `.nan`, `.inf`, `-.inf`.
    public static func exact(_ x: Double) -> String {
        if x.isNaN { return ".nan" }
        if x.isInfinite { return x > 0 ? ".inf" : "-.inf" }
        if x == 0 { return x.sign == .minus ? "-0.0" : "0" }
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        let text = x.description
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }), !text[..<e].contains(".") else { return text }
        return text[..<e] + ".0" + text[e...]
    }

    /// JSON: like `exact`, but zero is `0` and a non-finite value is `null`.
    public static func json(_ x: Double) -> String {
        guard x.isFinite else { return "null" }
        return x == 0 ? "0" : exact(x)
    }

    /// Short text for tables: at most `decimals` decimals, trailing zeros dropped; zero is `0`, a tiny negative `-0`.
    public static func text(_ x: Double, decimals: Int = 4) -> String {
        guard x.isFinite, abs(x) < 1e12 else { return exact(x) }
        if x == x.rounded(), abs(x) < 1e15 { return x == 0 ? "0" : String(Int64(x)) }
        let scale = pow10(decimals)
        let rounded = (x * scale).rounded() / scale
        if rounded == 0 { return x < 0 ? "-0" : "0" }
        var s = String(Int64(rounded.magnitude))
        var frac = String(Int64(((rounded.magnitude - rounded.magnitude.rounded(.down)) * scale).rounded()))
        frac = String(repeating: "0", count: max(0, decimals - frac.count)) + frac
        while frac.hasSuffix("0") { frac.removeLast() }
        if !frac.isEmpty { s += "." + frac }
        return (rounded < 0 ? "-" : "") + s
    }

    private static func pow10(_ n: Int) -> Double {
        var p = 1.0
        for _ in 0..<n { p *= 10 }
        return p
    }
}
