import NNVizScene

/// An axis scale for the figures: NNVizScene's `LinearScale` or `LogScale` (the only bridge from data to canvas),
/// behind one small interface so `Axes` can draw either.
struct PlotScale: Sendable {
    private var linear: LinearScale?
    private var logarithmic: LogScale?

    init(domain: (Double, Double), range: (Double, Double), log: Bool = false) {
        if log {
            logarithmic = LogScale(domain: (max(domain.0, 1e-300), max(domain.1, 1e-300)), range: range)
        } else {
            linear = LinearScale(domain: domain, range: range)
        }
    }

    var log: Bool { logarithmic != nil }
    /// The data domain, smaller end first.
    var lo: Double { min(domain.start, domain.end) }
    var hi: Double { max(domain.start, domain.end) }
    private var domain: (start: Double, end: Double) { linear?.domain ?? logarithmic?.domain ?? (start: 0, end: 1) }

    /// Canvas coordinate of a data value.
    func map(_ v: Double) -> Double { linear.map { $0(v) } ?? logarithmic.map { $0(v) } ?? 0 }

    /// Tick values inside the domain.
    func ticks(_ count: Int = 5) -> [Double] { linear?.ticks(count: count) ?? logarithmic?.ticks(count: count) ?? [] }

    /// Labels of `ticks(count)`, in the scale's fixed format.
    func tickLabels(_ count: Int = 5) -> [String] { linear?.tickLabels(count: count) ?? logarithmic?.tickLabels(count: count) ?? [] }

    /// The domain widened to round values (`LinearScale.nice` / `LogScale.nice`).
    static func nice(_ lo: Double, _ hi: Double, count: Int = 5, log: Bool = false) -> (Double, Double) {
        if log {
            let d = LogScale(domain: (max(lo, 1e-300), max(hi, 1e-300)), range: (0, 1)).nice().domain
            return (d.start, d.end)
        }
        let d = LinearScale(domain: hi > lo ? (lo, hi) : (lo - 1, hi + 1), range: (0, 1)).nice(count: count).domain
        return (d.start, d.end)
    }
}
