import NNVizEngine

/// The region analysis of a network over its domain: exact (1-D intervals or 2-D polygons), the labelled sampled
/// fallback past the region limit, or the one-line reason there is none.
///
/// Contract: `.sampled` is a lower bound on the pattern count and every figure drawn from it must say so.
public enum RegionResult: Sendable {
    case oneD(Regions1D)
    case twoD(Regions2D)
    /// More regions than `limit`: activation patterns sampled on a grid.
    case sampled(SampledPatterns, limit: Int)
    /// Regions do not apply (input dimension, smooth units, a bad domain): a sentence ending in a full stop.
    case unavailable(String)

    /// Computes the regions of `network` over `domain` (one interval per input).
    public static func compute(_ network: Network, domain: [ClosedRange<Double>],
                               limit: Int = Regions2D.defaultLimit, sampleResolution: Int = 200) -> RegionResult {
        do {
            switch network.inputCount {
            case 1:
                guard let d = domain.first else { return .unavailable("the model has no domain.") }
                return .oneD(try Regions1D.compute(network: network, domain: d))
            case 2:
                return .twoD(try Regions2D.compute(network: network, domain: domain, limit: limit))
            default:
                return .unavailable("regions are drawn for 1-D and 2-D inputs; this model has \(network.inputCount) inputs.")
            }
        } catch .tooManyRegions(let limit, _) {
            return .sampled(SampledPatterns(network: network, domain: domain, columns: sampleResolution, rows: sampleResolution),
                            limit: limit)
        } catch {
            return .unavailable(error.description)
        }
    }

    /// The reason regions are unavailable, or nil.
    public var unavailableReason: String? {
        if case .unavailable(let reason) = self { return reason }
        return nil
    }

    /// The pattern of every region (or of every sampled pattern), in region order.
    public var patterns: [[Bool]] {
        switch self {
        case .oneD(let r): r.intervals.map(\.pattern)
        case .twoD(let r): (0..<r.regionCount).map { r.pattern(of: $0) }
        case .sampled(let s, _): s.patterns
        case .unavailable: []
        }
    }
}
