import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// Options that change how figures are drawn (not which figures exist).
public struct FigureOptions: Equatable, Sendable {
    /// Print weight values on the graph's links: nil = automatic (on up to `weightLabelLimit` links).
    public var showWeights: Bool?
    /// Draw a mini-plot of every unit's output inside its node (1-D and 2-D inputs only).
    public var miniPlots: Bool
    /// Loss axis on a log scale: nil = automatic (log when the losses span more than two decades).
    public var logLoss: Bool?
    /// The largest number of links that still gets weight labels in automatic mode.
    public var weightLabelLimit: Int

    public init(showWeights: Bool? = nil, miniPlots: Bool = true, logLoss: Bool? = nil, weightLabelLimit: Int = 30) {
        self.showWeights = showWeights
        self.miniPlots = miniPlots
        self.logLoss = logLoss
        self.weightLabelLimit = weightLabelLimit
    }
}

/// Everything a figure may look at: the model (after training, if it was trained), its training history, the
/// analyses computed once for it, the theme (with the print size) and the options. Figures only read it.
public struct FigureContext: Sendable {
    public var model: Model
    /// The training history, when the model was trained in this run (or recorded in its file).
    public var history: LossHistory?
    /// The analyses of the model's network and of its snapshots, shared by every figure.
    public var analysis: ModelAnalysis
    public var theme: FigureTheme
    public var options: FigureOptions

    /// A context; the analyses are computed here unless the pipeline passes them in.
    public init(model: Model, history: LossHistory? = nil, analysis: ModelAnalysis? = nil, theme: FigureTheme = .light,
                options: FigureOptions = FigureOptions()) {
        self.model = model
        self.history = history
        self.analysis = analysis ?? Self.analyse(model, history: history)
        self.theme = theme
        self.options = options
    }

    /// Every analysis of `model` and of the snapshots in `history` (regions only for snapshots).
    /// With `forFigures: false` (what `inspect` reads) neither the field sample nor the snapshots are analysed.
    public static func analyse(_ model: Model, history: LossHistory?, forFigures: Bool = true) -> ModelAnalysis {
        let current = NetworkAnalysis(network: model.network, domain: model.domain,
                                      regionLimit: model.regionLimit ?? Regions2D.defaultLimit,
                                      fieldResolution: forFigures ? FieldSample.defaultResolution : 0)
        let snapshots = (forFigures ? history?.snapshots ?? [] : []).sorted { $0.epoch < $1.epoch }.map { s in
            (epoch: s.epoch, analysis: NetworkAnalysis(network: s.network, domain: model.domain,
                                                        regionLimit: RegionCountPanel.snapshotLimit, fieldResolution: 0))
        }
        return ModelAnalysis(current: current, snapshots: snapshots)
    }

    public var network: Network { model.network }
    /// The analyses of the drawn network.
    public var current: NetworkAnalysis { analysis.current }
}
