import Foundation

/// A one-dimensional scale from data values to canvas units, linear or base-10 logarithmic.
///
/// Contract: `map(domain.lo) == range.lo`, `map(domain.hi) == range.hi`; a log scale needs a positive domain.
struct PlotScale: Sendable {
    var lo: Double, hi: Double
    var start: Double, end: Double
    var log: Bool

    init(domain: (Double, Double), range: (Double, Double), log: Bool = false) {
        var (lo, hi) = domain
        if log { lo = Foundation.log10(max(lo, 1e-300)); hi = Foundation.log10(max(hi, 1e-300)) }
        if hi == lo { lo -= 0.5; hi += 0.5 }
        self.lo = lo; self.hi = hi; self.start = range.0; self.end = range.1; self.log = log
    }

    /// Canvas coordinate of a data value.
    func map(_ v: Double) -> Double {
        let t = log ? Foundation.log10(max(v, 1e-300)) : v
        return start + (t - lo) / (hi - lo) * (end - start)
    }

    /// Tick values inside the domain: 1-2-5 steps for linear scales, powers of ten for log scales.
    func ticks(_ count: Int = 5) -> [Double] {
        if log {
            let a = Int(Foundation.floor(lo + 1e-9)), b = Int(Foundation.ceil(hi - 1e-9))
            let step = max(1, (b - a + 1) / max(count, 1))
            return stride(from: a, through: b, by: step).map { pow(10, Double($0)) }
                .filter { Foundation.log10($0) >= lo - 1e-9 && Foundation.log10($0) <= hi + 1e-9 }
        }
        let step = PlotScale.niceStep((hi - lo) / Double(max(count, 1)))
        let first = (lo / step).rounded(.up)
        var ticks: [Double] = []
        var k = first
        while k * step <= hi + step * 1e-9 {
            let v = k * step
            ticks.append(abs(v) < step * 1e-9 ? 0 : v)
            k += 1
        }
        return ticks
    }

    /// The domain widened to multiples of a 1-2-5 step (linear), or to powers of ten (log).
    static func nice(_ lo: Double, _ hi: Double, count: Int = 5, log: Bool = false) -> (Double, Double) {
        if log {
            return (pow(10, Foundation.floor(Foundation.log10(max(lo, 1e-300)))),
                    pow(10, Foundation.ceil(Foundation.log10(max(hi, 1e-300)))))
        }
        if hi <= lo { return (lo - 1, hi + 1) }
        let step = niceStep((hi - lo) / Double(count))
        return ((lo / step).rounded(.down) * step, (hi / step).rounded(.up) * step)
    }

    /// The 1, 2 or 5 × 10ⁿ step nearest above `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let p = pow(10, Foundation.floor(Foundation.log10(raw)))
        let f = raw / p
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p
    }
}
