import NNVizEngine

/// What the loss figure needs from training, independent of the trainer: one value per epoch
/// (index = epoch, [0] = before training), empty arrays when a series was not recorded.
public struct LossHistory: Equatable, Sendable {
    public var trainLoss: [Double]
    public var testLoss: [Double]
    public var trainAccuracy: [Double]
    public var testAccuracy: [Double]
    /// Epochs whose weights were recorded (marked on the curves).
    public var snapshotEpochs: [Int]
    /// The loss name ("mse", "bce", "cross-entropy") and its reduction ("mean", "sum").
    public var lossName: String
    public var reduction: String
    /// Optimiser and learning rate, for the report's training summary ("adam, learning rate 0.01").
    public var optimizer: String
    /// The recorded networks at the snapshot epochs (region count over training), in epoch order; may be
    /// empty even when `snapshotEpochs` is not (histories built by hand).
    public var snapshots: [TrainingSnapshot]

    public init(trainLoss: [Double], testLoss: [Double] = [], trainAccuracy: [Double] = [], testAccuracy: [Double] = [],
                snapshotEpochs: [Int] = [], lossName: String, reduction: String = "mean", optimizer: String = "",
                snapshots: [TrainingSnapshot] = []) {
        self.trainLoss = trainLoss
        self.testLoss = testLoss
        self.trainAccuracy = trainAccuracy
        self.testAccuracy = testAccuracy
        self.snapshotEpochs = snapshotEpochs
        self.lossName = lossName
        self.reduction = reduction
        self.optimizer = optimizer
        self.snapshots = snapshots
    }

    /// Number of training epochs (the last index of the train loss).
    public var epochs: Int { max(0, trainLoss.count - 1) }
}

import NNVizEngine

extension LossHistory {
    /// The curves of an engine training run, with the optimiser taken from `config` when given.
    public init(_ history: TrainingHistory, config: TrainingConfig? = nil) {
        self.init(trainLoss: history.trainLoss, testLoss: history.testLoss, trainAccuracy: history.trainAccuracy,
                  testAccuracy: history.testAccuracy, snapshotEpochs: history.snapshots.map(\.epoch),
                  lossName: history.lossName, reduction: history.reduction,
                  optimizer: config.map { "\($0.optimizer.rawValue), learning rate \(LabelFormat.short($0.learningRate, digits: 4))" } ?? "",
                  snapshots: history.snapshots)
    }
}
