/// The registry of figure kinds: which figure builds from which function.
///
/// A figure file plugs in by adding one case to `build(_:_:)`. A builder returns `.skipped(reason:)` with a
/// one-line reason when its figure does not apply to the model.
public enum FigureCatalog {
    /// The reason given for figure kinds this version does not draw yet.
    public static let notAvailableReason = "not available yet in this version."

    /// Builds one figure (or says why it is skipped). Never throws: see `require(_:_:)` for the by-name form.
    public static func build(_ name: FigureName, _ context: FigureContext) -> FigureOutcome {
        switch name {
        case .graph: return GraphFigure.build(context)
        case .activations: return ActivationsFigure.build(context)
        case .loss: return LossFigure.build(context)
        case .steps: return StepsFigure.build(context)
        case .regions: return RegionsFigure.build(context)
        case .patterns: return PatternsFigure.build(context)
        case .surface: return SurfaceFigure.build(context)
        default: return .skipped(reason: notAvailableReason)
        }
    }

    /// Builds a figure asked for by name: a skip becomes `FigureError.notApplicable` with its reason.
    public static func require(_ name: FigureName, _ context: FigureContext) throws(FigureError) -> Figure {
        switch build(name, context) {
        case .figure(let figure): return figure
        case .skipped(let reason): throw .notApplicable(name, reason: reason)
        }
    }

    /// Builds every figure kind in report order, each with its outcome.
    public static func buildAll(_ context: FigureContext) -> [(FigureName, FigureOutcome)] {
        FigureName.allCases.map { ($0, build($0, context)) }
    }

    /// Builds the figures in `names` (all of them when nil). With an explicit list every figure must apply:
    /// the first one that does not throws `FigureError.notApplicable`.
    public static func build(_ names: [FigureName]?, _ context: FigureContext) throws(FigureError) -> [(FigureName, FigureOutcome)] {
        guard let names else { return buildAll(context) }
        var result: [(FigureName, FigureOutcome)] = []
        for name in names.sorted() {
            result.append((name, .figure(try require(name, context))))
        }
        return result
    }
}
