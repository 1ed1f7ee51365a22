/// Why training (or a loss / gradient evaluation) cannot run or did not finish. One sentence each.
public enum TrainingError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The loss became NaN or infinite after `epoch` epochs; no weights are returned.
    case diverged(epoch: Int, learningRate: Double)
    /// Layer `layer` (0-based, hidden layers first, the output layer last) uses step units.
    case stepUnitsNotTrainable(layer: Int)
    /// The loss does not fit the output map (or its unit count).
    case incompatibleLoss(loss: LossKind, output: Activation, outputUnits: Int)
    /// Target `index` is not valid for the loss (bce: 0 or 1; cross-entropy: a class index 0..<classes).
    case invalidTarget(index: Int, value: Double, loss: LossKind, classes: Int)
    /// There are no data points to train on.
    case noData
    /// The model has no `train:` settings.
    case noTrainingSettings
    /// The data have `got` inputs per point but the network expects `expected`.
    case inputMismatch(expected: Int, got: Int)
    /// The batch has `points` rows of inputs but `targets` targets (one target per point is needed).
    case targetCountMismatch(points: Int, targets: Int)
    /// A training setting is out of range; `setting` names it, `reason` says what is allowed.
    case invalidSetting(setting: String, reason: String)

    public var description: String {
        switch self {
        case .diverged(let epoch, let rate):
            return "Training diverged: the loss is not finite after epoch \(epoch) with learning rate \(rate); "
                + "try a smaller learning rate (e.g. \(rate / 10))."
        case .stepUnitsNotTrainable(let layer):
            return "Layer \(layer) uses step units: step units have zero gradient; they are for hand-set weights."
        case .incompatibleLoss(let loss, let output, let units):
            return "The loss \(loss.rawValue) does not fit the output layer (\(output.name), \(units) unit(s)): "
                + Self.pairingRule
        case .invalidTarget(let index, let value, let loss, let classes):
            let allowed = loss == .bce ? "0 or 1" : "a class index from 0 to \(classes - 1)"
            return "Target \(index) is \(value), but the \(loss.rawValue) loss needs \(allowed)."
        case .noData:
            return "There are no data points to train on."
        case .noTrainingSettings:
            return "The model has no train: settings (loss, optimizer, learningRate, epochs, seed)."
        case .inputMismatch(let expected, let got):
            return "The data have \(got) input(s) per point but the network expects \(expected)."
        case .targetCountMismatch(let points, let targets):
            return "The data have \(points) point(s) but \(targets) target(s); give one target per point."
        case .invalidSetting(let setting, let reason):
            return "The training setting \(setting) is out of range: \(reason)."
        }
    }

    /// The loss / output pairings training accepts, as one sentence.
    public static let pairingRule = "use mse with an identity or sigmoid output of one unit, bce with a sigmoid "
        + "output of one unit, cross-entropy with a softmax output of two or more units."
}
