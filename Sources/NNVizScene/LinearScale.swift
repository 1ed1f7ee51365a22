/// A linear map from a data interval (`domain`) to a canvas interval (`range`): the only bridge from data to
/// canvas for linear axes. Either interval may be decreasing (e.g. a y range `(height, 0)` for y up).
///
/// Contract: `scale(domain.start) == range.start`, `scale(domain.end) == range.end`, affine in between and
/// beyond (unless `clamped`, which clips outputs to the range). `invert` is the inverse map (also clamped when
/// `clamped`). A degenerate domain (start == end) maps everything to the middle of the range.
public struct LinearScale: Equatable, Sendable {
    public var domain: (start: Double, end: Double)
    public var range: (start: Double, end: Double)
    public var clamped: Bool

    public init(domain: (Double, Double), range: (Double, Double), clamped: Bool = false) {
        self.domain = (domain.0, domain.1); self.range = (range.0, range.1); self.clamped = clamped
    }

    public static func == (l: LinearScale, r: LinearScale) -> Bool {
        l.domain == r.domain && l.range == r.range && l.clamped == r.clamped
    }

    /// Data value → canvas coordinate.
    public func callAsFunction(_ value: Double) -> Double {
        let span = domain.end - domain.start
        guard span != 0 else { return (range.start + range.end) / 2 }
        var t = (value - domain.start) / span
        if clamped { t = min(1, max(0, t)) }
        return range.start + t * (range.end - range.start)
    }

    /// Canvas coordinate → data value.
    public func invert(_ coordinate: Double) -> Double {
        let span = range.end - range.start
        guard span != 0 else { return (domain.start + domain.end) / 2 }
        var t = (coordinate - range.start) / span
        if clamped { t = min(1, max(0, t)) }
        return domain.start + t * (domain.end - domain.start)
    }

    /// About `count` (default 10) round values inside the domain, ascending, at a step of 1, 2 or 5 × 10^k
    /// (d3's algorithm: `ticks(count: 5)` on 0…1 is 0, 0.2, …, 1).
    public func ticks(count: Int = 10) -> [Double] {
        TickStep.ticks(min(domain.start, domain.end), max(domain.start, domain.end), count: count)
    }

    /// Labels for `ticks(count:)`: just enough decimals for the step, `−` (U+2212) for negatives.
    public func tickLabels(count: Int = 10) -> [String] {
        let lo = min(domain.start, domain.end), hi = max(domain.start, domain.end)
        let places = TickStep.decimals(TickStep.increment(lo, hi, count: count))
        return ticks(count: count).map { TickStep.label($0, decimals: places) }
    }

    /// The same scale with the domain widened to round values, so the ends fall on ticks (d3 `nice`).
    /// Keeps the domain's direction.
    public func nice(count: Int = 10) -> LinearScale {
        let reversed = domain.end < domain.start
        var lo = min(domain.start, domain.end), hi = max(domain.start, domain.end)
        var previous = 0.0
        for _ in 0..<10 {
            let step = TickStep.increment(lo, hi, count: count)
            if step == previous || step == 0 { break }
            if step > 0 {
                lo = (lo / step).rounded(.down) * step; hi = (hi / step).rounded(.up) * step
            } else {
                lo = (lo * -step).rounded(.down) / -step; hi = (hi * -step).rounded(.up) / -step
            }
            previous = step
        }
        var result = self
        result.domain = reversed ? (hi, lo) : (lo, hi)
        return result
    }
}
