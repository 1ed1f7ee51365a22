import NNVizEngine

extension Inspect {
    /// HOOK for the regions analysis: the `regions` object of `inspect --json` (DESIGN.md §3: domain, count,
    /// patterns, linearPieces, breakpoints, bounds), or nil to omit the key. Returns nil until NNVizAnalysis
    /// provides the region count; fill it in here (present for 1-D / 2-D inputs with piecewise-linear hidden units).
    static func regionsJSON(for model: Model) -> JSONValue? {
        nil
    }
}
