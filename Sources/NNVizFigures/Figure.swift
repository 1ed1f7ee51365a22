import NNVizScene

/// A finished figure: a scene and the words that go with it.
///
/// Contract: `altText` describes the picture for a reader who cannot see it (it is also the scene's
/// `description`, so SVG `<desc>` and the report's alt text agree); `caption` is one or two sentences
/// shown under the figure.
public struct Figure: Sendable {
    public var name: FigureName
    public var scene: Scene
    public var caption: String
    public var altText: String

    public init(name: FigureName, scene: Scene, caption: String, altText: String? = nil) {
        self.name = name
        self.scene = scene
        self.caption = caption
        self.altText = altText ?? scene.description
    }
}

/// The result of asking for one figure: the figure, or a one-line reason why it does not apply / is not built.
public enum FigureOutcome: Sendable {
    case figure(Figure)
    case skipped(reason: String)

    /// The figure, if one was built.
    public var figure: Figure? {
        if case .figure(let f) = self { return f }
        return nil
    }
    /// The reason, if the figure was skipped.
    public var skipReason: String? {
        if case .skipped(let r) = self { return r }
        return nil
    }
}

/// Errors of the figures layer. Each description is one sentence that says what is wrong.
public enum FigureError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A name given to `--figures` that is not a figure kind.
    case unknownFigure(String)
    /// A figure asked for by name that does not apply to this model (or is not built yet).
    case notApplicable(FigureName, reason: String)

    public var description: String {
        switch self {
        case .unknownFigure(let name):
            "Unknown figure '\(name)'; valid figures are: \(FigureName.validNames)."
        case .notApplicable(let name, let reason):
            "Figure '\(name.rawValue)' cannot be drawn for this model: \(reason)"
        }
    }
}
