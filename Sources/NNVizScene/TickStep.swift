import Foundation

/// The d3-array tick arithmetic: "nice" steps of 1, 2 or 5 × 10^k, kept as an integer multiplier or divisor so
/// ticks such as 0.1, 0.2, 0.3 come out as exact decimals (i / 10, not i × 0.1).
enum TickStep {
    /// d3's `tickIncrement`: a positive result is the step; a negative result −n means a step of 1/n.
    /// Returns 0 when no step exists (empty or non-finite span, `count` ≤ 0).
    static func increment(_ start: Double, _ stop: Double, count: Int) -> Double {
        let step = (stop - start) / Double(max(0, count))
        guard step.isFinite, step > 0 else { return 0 }
        let power = (log10(step)).rounded(.down)
        let error = step / pow(10, power)
        let factor: Double = error >= 50.0.squareRoot() ? 10 : error >= 10.0.squareRoot() ? 5 : error >= 2.0.squareRoot() ? 2 : 1
        return power >= 0 ? factor * pow(10, power) : -pow(10, -power) / factor
    }

    /// The signed step size for `increment` (e.g. −10 → 0.1).
    static func size(_ increment: Double) -> Double { increment < 0 ? -1 / increment : increment }

    /// Ticks between `lo` ≤ `hi` (ascending), about `count` of them, at multiples of a nice step.
    static func ticks(_ lo: Double, _ hi: Double, count: Int) -> [Double] {
        guard lo.isFinite, hi.isFinite, count > 0 else { return [] }
        if lo == hi { return [lo] }
        let inc = increment(lo, hi, count: count)
        guard inc != 0 else { return [] }
        if inc > 0 {
            let i0 = (lo / inc).rounded(.up), i1 = (hi / inc).rounded(.down)
            guard i0 <= i1, i1 - i0 < 10_000 else { return [] }
            return stride(from: i0, through: i1, by: 1).map { $0 * inc }
        }
        let n = -inc
        let i0 = (lo * n).rounded(.up), i1 = (hi * n).rounded(.down)
        guard i0 <= i1, i1 - i0 < 10_000 else { return [] }
        return stride(from: i0, through: i1, by: 1).map { $0 / n }
    }

    /// Decimal places needed to write every tick of step `increment` exactly (0 for steps ≥ 1).
    static func decimals(_ increment: Double) -> Int {
        guard increment < 0 else { return 0 }
        return max(0, Int((log10(-increment)).rounded(.up)))
    }

    /// A tick label: the fixed number format with `decimals` places, a typographic minus sign (U+2212).
    static func label(_ value: Double, decimals: Int) -> String {
        let text = NumberFormat.coordinate(value, decimals: decimals)
        return text.hasPrefix("-") ? "\u{2212}" + text.dropFirst() : text
    }
}
