/// The network's weights after `epoch` epochs (0 = the initial weights).
public struct TrainingSnapshot: Equatable, Sendable {
    public var epoch: Int
    public var network: Network

    public init(epoch: Int, network: Network) {
        self.epoch = epoch
        self.network = network
    }
}

/// What a training run recorded, epoch by epoch.
///
/// Indexing: entry e belongs to the weights after e epochs; entry 0 is the initial weights. So each curve
/// has `epochs + 1` entries (or none). Losses are the full training (or test) set's loss with the weights
/// of that epoch — not an average of mini-batch losses — in the reduction `reduction`.
public struct TrainingHistory: Equatable, Sendable {
    /// trainLoss[e]: the loss on the training set after e epochs; count = epochs + 1.
    public var trainLoss: [Double]
    /// testLoss[e]: the same on the test split; empty without a test split.
    public var testLoss: [Double]
    /// trainAccuracy[e] ∈ [0, 1]: the fraction classified correctly; classifiers only, else empty.
    public var trainAccuracy: [Double]
    /// testAccuracy[e]: the same on the test split; empty for regression or without a test split.
    public var testAccuracy: [Double]
    /// The weights at the requested snapshot epochs, sorted by epoch, no duplicates.
    public var snapshots: [TrainingSnapshot]
    /// The model-file name of the loss, e.g. "bce".
    public var lossName: String
    /// How per-point losses are combined, e.g. "mean over the batch".
    public var reduction: String

    public init(trainLoss: [Double] = [], testLoss: [Double] = [], trainAccuracy: [Double] = [],
                testAccuracy: [Double] = [], snapshots: [TrainingSnapshot] = [], lossName: String,
                reduction: String = Loss.reduction) {
        self.trainLoss = trainLoss
        self.testLoss = testLoss
        self.trainAccuracy = trainAccuracy
        self.testAccuracy = testAccuracy
        self.snapshots = snapshots
        self.lossName = lossName
        self.reduction = reduction
    }

    /// The number of epochs trained (trainLoss.count − 1).
    public var epochs: Int { max(trainLoss.count - 1, 0) }
}

/// Progress after one epoch, for a progress line.
public struct EpochReport: Sendable {
    /// The epoch just finished, 1...epochs.
    public var epoch: Int
    public var epochs: Int
    /// The training-set loss after `epoch` epochs.
    public var trainLoss: Double
    /// The training-set accuracy after `epoch` epochs (classifiers only).
    public var trainAccuracy: Double?

    public init(epoch: Int, epochs: Int, trainLoss: Double, trainAccuracy: Double?) {
        self.epoch = epoch
        self.epochs = epochs
        self.trainLoss = trainLoss
        self.trainAccuracy = trainAccuracy
    }
}
