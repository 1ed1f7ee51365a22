/// The one number format of every backend and report: a fixed rule so output is byte-identical everywhere.
///
/// Contract: at most `decimals` digits after the point (rounded half away from zero), trailing zeros and a
/// trailing point stripped, `-0` written as `0`, no exponent, no grouping, no locale. Non-finite values are
/// written as `0` (a drawing must never contain `nan`); magnitudes are clamped to 1e12.
public enum NumberFormat {
    /// Formats `value` with at most `decimals` (0…6) fractional digits. `coordinate(1.125)` is `"1.13"`,
    /// `coordinate(-0.001)` is `"0"`, `coordinate(2.50)` is `"2.5"`.
    public static func coordinate(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return "0" }
        let places = max(0, min(6, decimals))
        var scale: Int64 = 1
        for _ in 0..<places { scale *= 10 }
        let clamped = max(-1e12, min(1e12, value))
        let scaled = Int64((clamped * Double(scale)).rounded(.toNearestOrAwayFromZero))
        if scaled == 0 { return "0" }
        let magnitude = scaled.magnitude
        let whole = magnitude / UInt64(scale)
        var fraction = magnitude % UInt64(scale)
        var text = (scaled < 0 ? "-" : "") + String(whole)
        guard fraction != 0 else { return text }
        var digits = places
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        let fractionText = String(fraction)
        text += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
        return text
    }
}
