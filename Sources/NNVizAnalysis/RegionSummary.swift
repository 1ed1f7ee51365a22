import NNVizEngine

/// The `regions` object of `nnviz inspect --json` (DESIGN §3), field for field.
///
/// `zaslavsky` is encoded only for one hidden layer; `upper` is ∏(n_l + 1) for 1-D input and the Serra bound
/// otherwise; both saturate at Int.max. `breakpoints` is empty in 2-D.
public struct RegionSummary: Codable, Equatable, Sendable {
    public struct Bounds: Codable, Equatable, Sendable {
        public var zaslavsky: Int?
        public var upper: Int
        public init(zaslavsky: Int?, upper: Int) { self.zaslavsky = zaslavsky; self.upper = upper }
    }
    public var domain: [[Double]]
    public var count: Int
    public var patterns: Int
    public var linearPieces: Int
    public var breakpoints: [Double]
    public var bounds: Bounds

    public init(domain: [[Double]], count: Int, patterns: Int, linearPieces: Int, breakpoints: [Double],
                bounds: Bounds) {
        self.domain = domain
        self.count = count
        self.patterns = patterns
        self.linearPieces = linearPieces
        self.breakpoints = breakpoints
        self.bounds = bounds
    }

    /// The summary of a model, or nil when regions do not apply (input dimension not 1 or 2, smooth hidden
    /// units) or cannot be enumerated (more than `limit` regions: see `computeSummary` for the reason).
    /// `limit` nil: the model's `regionLimit`, else `Regions2D.defaultLimit`.
    public static func summary(for model: Model, limit: Int? = nil) -> RegionSummary? {
        try? computeSummary(for: model, limit: limit)
    }

    /// The summary of a model, or the reason there is none (`limit` as in `summary`).
    public static func computeSummary(for model: Model, limit: Int? = nil) throws(RegionError) -> RegionSummary {
        let limit = limit ?? model.regionLimit ?? Regions2D.defaultLimit
        let net = model.network
        let counts: RegionCounts
        switch net.inputCount {
        case 1:
            guard let d = model.domain.first else { throw .invalidDomain("it is empty") }
            counts = RegionCounts(try Regions1D.compute(network: net, domain: d), network: net)
        case 2:
            counts = RegionCounts(try Regions2D.compute(network: net, domain: model.domain, limit: limit), network: net)
        default:
            throw .wrongInputDimension(expected: 2, actual: net.inputCount)
        }
        let b = RegionBounds(network: net)
        return RegionSummary(domain: model.domain.map { [$0.lowerBound, $0.upperBound] }, count: counts.count,
                             patterns: counts.patterns, linearPieces: counts.linearPieces,
                             breakpoints: counts.breakpoints, bounds: Bounds(zaslavsky: b.zaslavsky, upper: b.upper))
    }
}
