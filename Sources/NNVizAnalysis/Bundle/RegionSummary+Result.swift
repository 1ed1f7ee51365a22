import NNVizEngine

extension RegionSummary {
    /// The summary of an exact region result (nil when sampled or unavailable: the exact count is then unknown).
    public init?(_ analysis: NetworkAnalysis) {
        let net = analysis.network
        let counts: RegionCounts
        switch analysis.regions {
        case .oneD(let r): counts = RegionCounts(r, network: net)
        case .twoD(let r): counts = RegionCounts(r, network: net)
        case .sampled, .unavailable: return nil
        }
        let b = RegionBounds(network: net)
        self.init(domain: analysis.domain.map { [$0.lowerBound, $0.upperBound] }, count: counts.count,
                  patterns: counts.patterns, linearPieces: counts.linearPieces, breakpoints: counts.breakpoints,
                  bounds: Bounds(zaslavsky: b.zaslavsky, upper: b.upper))
    }
}
