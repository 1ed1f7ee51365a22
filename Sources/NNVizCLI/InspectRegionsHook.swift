import NNVizAnalysis
import NNVizEngine

extension Inspect {
    /// The `regions` object from the shared analysis: exact (`"exact": true` last), or past the region limit
    /// `{"domain", "exact": false, "limit", "sampledPatterns", "grid": [columns, rows], "bounds"}`; nil when
    /// the regions are unavailable.
    static func regionsJSON(_ analysis: NetworkAnalysis) -> JSONValue? {
        if case .sampled(let s, let limit) = analysis.regions { return sampledRegionsJSON(s, limit: limit, analysis.network) }
        guard case .object(var members) = RegionSummary(analysis).map(regionsJSON) else { return nil }
        members.append(.init("exact", .bool(true)))
        return .object(members)
    }

    /// The `regions` object past the region limit: the limit, the distinct patterns of the sample, the bounds.
    static func sampledRegionsJSON(_ s: SampledPatterns, limit: Int, _ network: Network) -> JSONValue {
        .object([
            .init("domain", .array(s.domain.map { JSONValue.numbers([$0.lowerBound, $0.upperBound]) })),
            .init("exact", .bool(false)),
            .init("limit", .number(Double(limit))),
            .init("sampledPatterns", .number(Double(s.distinctPatterns))),
            .init("grid", .numbers([Double(s.columns), Double(s.rows)])),
            .init("bounds", boundsJSON(network)),
        ])
    }

    /// The stderr line `inspect` prints when the regions were sampled, else nil.
    static func regionsNote(_ analysis: NetworkAnalysis) -> String? {
        guard case .sampled(let s, let limit) = analysis.regions else { return nil }
        return "nnviz: more than \(limit) linear regions (the region limit): `regions` is sampled on a "
            + "\(s.columns) × \(s.rows) grid (\(s.distinctPatterns) patterns seen, \"exact\": false); "
            + "raise it with --region-limit N or `regionLimit:` in the model file."
    }

    static func boundsJSON(_ network: Network) -> JSONValue {
        let b = RegionBounds(network: network)
        return boundsJSON(RegionSummary.Bounds(zaslavsky: b.zaslavsky, upper: b.upper))
    }

    /// `{"zaslavsky": …, "upper": …}`; `zaslavsky` only for one hidden layer.
    static func boundsJSON(_ b: RegionSummary.Bounds) -> JSONValue {
        var bounds: [JSONValue.Member] = []
        if let z = b.zaslavsky { bounds.append(.init("zaslavsky", .number(Double(z)))) }
        bounds.append(.init("upper", .number(Double(b.upper))))
        return .object(bounds)
    }

    /// The `units` object of `inspect --json`: `{"dead": ["1.5"], "alwaysOn": []}` (unit `l.j`, 1-based, pattern
    /// order); nil when the regions are unavailable.
    static func unitsJSON(_ analysis: NetworkAnalysis) -> JSONValue? {
        guard let units = analysis.units else { return nil }
        return .object([.init("dead", .array(units.dead.map(JSONValue.string))),
                        .init("alwaysOn", .array(units.alwaysOn.map(JSONValue.string)))])
    }

    /// The JSON form of a region summary, field for field.
    static func regionsJSON(_ s: RegionSummary) -> JSONValue {
        .object([
            .init("domain", .array(s.domain.map(JSONValue.numbers))),
            .init("count", .number(Double(s.count))),
            .init("patterns", .number(Double(s.patterns))),
            .init("linearPieces", .number(Double(s.linearPieces))),
            .init("breakpoints", .numbers(s.breakpoints)),
            .init("bounds", boundsJSON(s.bounds)),
        ])
    }
}
