import NNVizAnalysis
import NNVizEngine

extension Inspect {
    /// The `regions` object of `inspect --json` (DESIGN.md §3), keys in the order domain, count, patterns,
    /// linearPieces, breakpoints, bounds{zaslavsky, upper}; `zaslavsky` only for one hidden layer.
    ///
    /// Nil (the key is omitted) when regions do not apply: input dimension not 1 or 2, or a smooth hidden
    /// activation, or more regions than `Regions2D.defaultLimit` (the exact count is then unknown).
    static func regionsJSON(for model: Model) -> JSONValue? {
        let net = model.network
        guard net.inputCount == 1 || net.inputCount == 2, net.hasPiecewiseLinearHiddenUnits,
              let s = RegionSummary.summary(for: model) else { return nil }
        return regionsJSON(s)
    }

    /// The `regions` object from the shared analysis; nil when the regions are unavailable or not exact.
    static func regionsJSON(_ analysis: NetworkAnalysis) -> JSONValue? {
        RegionSummary(analysis).map(regionsJSON)
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
        var bounds: [JSONValue.Member] = []
        if let z = s.bounds.zaslavsky { bounds.append(.init("zaslavsky", .number(Double(z)))) }
        bounds.append(.init("upper", .number(Double(s.bounds.upper))))
        return .object([
            .init("domain", .array(s.domain.map(JSONValue.numbers))),
            .init("count", .number(Double(s.count))),
            .init("patterns", .number(Double(s.patterns))),
            .init("linearPieces", .number(Double(s.linearPieces))),
            .init("breakpoints", .numbers(s.breakpoints)),
            .init("bounds", .object(bounds)),
        ])
    }
}
