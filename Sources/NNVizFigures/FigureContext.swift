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

/// Everything a figure may look at: the model (after training, if it was trained), its training history,
/// the theme and the options. Figures only read it.
public struct FigureContext: Sendable {
    public var model: Model
    /// The training history, when the model was trained in this run.
    public var history: LossHistory?
    public var theme: FigureTheme
    public var options: FigureOptions

    public init(model: Model, history: LossHistory? = nil, theme: FigureTheme = .light, options: FigureOptions = FigureOptions()) {
        self.model = model
        self.history = history
        self.theme = theme
        self.options = options
    }

    public var network: Network { model.network }
}
