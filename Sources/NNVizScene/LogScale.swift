import Foundation

/// A logarithmic map (base 10) from a positive data interval to a canvas interval, for loss curves.
///
/// Contract: `scale(x)` is affine in `log10(x)`; `scale(domain.start) == range.start`. Values ≤ 0 are
/// treated as the smallest positive double (so a loss of exactly 0 plots at the far end rather than crashing);
/// with `clamped` outputs stay inside the range. The domain must be positive: non-positive ends are replaced
/// by 1e-12 at construction.
public struct LogScale: Equatable, Sendable {
    public var domain: (start: Double, end: Double)
    public var range: (start: Double, end: Double)
    public var clamped: Bool

    public init(domain: (Double, Double), range: (Double, Double), clamped: Bool = false) {
        self.domain = (max(1e-12, domain.0), max(1e-12, domain.1)); self.range = (range.0, range.1); self.clamped = clamped
    }

    public static func == (l: LogScale, r: LogScale) -> Bool {
        l.domain == r.domain && l.range == r.range && l.clamped == r.clamped
    }

    private var linear: LinearScale {
        LinearScale(domain: (log10(domain.start), log10(domain.end)), range: (range.start, range.end), clamped: clamped)
    }

    /// Data value (> 0) → canvas coordinate.
    public func callAsFunction(_ value: Double) -> Double {
        linear(log10(max(value, Double.leastNormalMagnitude)))
    }

    /// Canvas coordinate → data value.
    public func invert(_ coordinate: Double) -> Double { pow(10, linear.invert(coordinate)) }

    /// Ticks inside the domain, ascending: powers of ten; when the domain spans few decades (≤ count / 3)
    /// also their 2× and 5× multiples; when it spans more than `count` decades, every n-th power.
    /// Inside a single decade without a power of ten, falls back to linear ticks.
    public func ticks(count: Int = 10) -> [Double] {
        let lo = min(domain.start, domain.end), hi = max(domain.start, domain.end)
        guard count > 0, lo > 0, hi.isFinite else { return [] }
        let first = Int(log10(lo).rounded(.down)), last = Int(log10(hi).rounded(.up))
        let decades = last - first
        let multiples: [Double] = decades * 3 <= count ? [1, 2, 5] : [1]
        let every = max(1, Int((Double(decades) / Double(count)).rounded(.up)))
        var out: [Double] = []
        for p in first...last where (p - first) % every == 0 {
            for m in multiples {
                let v = m * pow(10, Double(p))
                let tolerance = 1e-9 * v
                if v >= lo - tolerance && v <= hi + tolerance { out.append(v) }
            }
        }
        if out.count < 2 { return TickStep.ticks(lo, hi, count: max(2, count / 2)) }
        return out
    }

    /// Labels for `ticks(count:)`: plain decimals from 0.001 to 100000 (`0.01`, `500`), else `1e-5` style.
    public func tickLabels(count: Int = 10) -> [String] {
        ticks(count: count).map(Self.label)
    }

    static func label(_ v: Double) -> String {
        let exponent = Int(log10(v).rounded(.down))
        if exponent >= -3 && exponent <= 5 { return NumberFormat.coordinate(v, decimals: max(0, -exponent)) }
        let mantissa = v / pow(10, Double(exponent))
        let m = NumberFormat.coordinate(mantissa, decimals: 1)
        return (m == "1" ? "" : m + "×") + "1e" + (exponent < 0 ? "\u{2212}" : "") + String(abs(exponent))
    }

    /// The same scale with the domain widened to whole powers of ten (keeps direction).
    public func nice() -> LogScale {
        let reversed = domain.end < domain.start
        let lo = pow(10, log10(min(domain.start, domain.end)).rounded(.down))
        let hi = pow(10, log10(max(domain.start, domain.end)).rounded(.up))
        var result = self
        result.domain = reversed ? (hi, lo) : (lo, hi)
        return result
    }
}
