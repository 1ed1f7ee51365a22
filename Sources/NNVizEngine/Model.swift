/// Everything a model file describes: the network, the input box the figures show, optional data and
/// optional training settings. Produced by `ModelFile`, consumed by training, analyses, figures and the CLI.
public struct Model: Equatable, Sendable {
    /// The network (with weights: given in the file, or initialised from the training seed).
    public var network: Network
    /// The input box the figures show: one closed interval per input (lo < hi).
    public var domain: [ClosedRange<Double>]
    /// Data points shown in figures and used for training, if any.
    public var data: Dataset?
    /// Training settings: the ones the model asks to be trained with (`train:`), or — when `trainingRecord` is
    /// set — the settings of the run that produced `network` (`trained:`).
    public var training: TrainingConfig?
    /// True for layers the file gave without weights (initialised from `training.seed`): `render` trains first.
    public var needsTraining: Bool
    /// The most linear regions an exact 2-D enumeration may produce (`regionLimit:` in the file, or
    /// `--region-limit`); nil: the analysis's memory-budget default (`Regions2D.defaultLimit`).
    public var regionLimit: Int? = nil

    /// The largest `regionLimit` a file or option may set (about 50 GB of enumeration at ~1.5 KB a region).
    public static let maximumRegionLimit = 50_000_000

    /// The record of the training run that produced `network` (a trained model file's `trained:` block, or
    /// `Model.trained()`); nil for a model that was not trained by nnviz. A model with a record is drawn as it is.
    public var trainingRecord: TrainingRecord?
    /// `threshold:` of the model file: a single identity output read as a binary classifier, class 1 where
    /// ŷ > threshold (nil: the decision rule of `DecisionRule` decides).
    public var threshold: Double? = nil
    /// A line or plane through input points to look at the net along (`plane:` / `line:`, `--plane` / `--line`);
    /// `sliced()` applies it. Nil: the analyses see the inputs as they are.
    public var slice: InputSlice?
    /// Set on the model `sliced()` returns: the frame, the defining points and the full network.
    public var sliceView: SliceView?

    public init(network: Network, domain: [ClosedRange<Double>], data: Dataset? = nil,
                training: TrainingConfig? = nil, needsTraining: Bool = false, trainingRecord: TrainingRecord? = nil,
                slice: InputSlice? = nil) {
        self.network = network
        self.domain = domain
        self.data = data
        self.training = training
        self.needsTraining = needsTraining
        self.trainingRecord = trainingRecord
        self.slice = slice
    }

    public var name: String { network.name }

    /// The losses, accuracies and snapshots of the run that produced `network`, when the model has a record.
    public var recordedHistory: TrainingHistory? { trainingRecord?.history }
}

/// What a finished training run leaves behind besides the weights: where it started and what it recorded.
/// With the settings in `Model.training`, retraining from `initialNetwork` reproduces the run bit for bit.
public struct TrainingRecord: Equatable, Sendable {
    /// The network before the first epoch (the file's weights or those drawn from the seed).
    public var initialNetwork: Network
    /// Per-epoch losses and accuracies, and the snapshot weights.
    public var history: TrainingHistory

    public init(initialNetwork: Network, history: TrainingHistory) {
        self.initialNetwork = initialNetwork
        self.history = history
    }
}

/// Data points with one target each: a class index (0, 1, …) for classifiers, a number for regression.
///
/// Contract: `inputs.rows == targets.count`; `inputs.columns` equals the network's input count.
/// `testInputs` / `testTargets` hold the held-out split (empty when there is none).
public struct Dataset: Equatable, Sendable {
    public var inputs: Matrix
    public var targets: [Double]
    public var testInputs: Matrix
    public var testTargets: [Double]

    public init(inputs: Matrix, targets: [Double],
                testInputs: Matrix? = nil, testTargets: [Double] = []) {
        precondition(inputs.rows == targets.count, "one target per data point")
        self.inputs = inputs
        self.targets = targets
        self.testInputs = testInputs ?? Matrix(rows: 0, columns: inputs.columns)
        self.testTargets = testTargets
    }

    public var count: Int { targets.count }
    public var hasTestSplit: Bool { !testTargets.isEmpty }
}

/// The loss functions, in the seeds' forms (see `Loss`).
public enum LossKind: String, Equatable, Sendable, CaseIterable {
    case mse
    case bce
    case crossEntropy = "cross-entropy"
}

/// The optimisers.
public enum OptimizerKind: String, Equatable, Sendable, CaseIterable {
    case sgd, momentum, adam
}

/// The `train:` block of a model file.
public struct TrainingConfig: Equatable, Sendable {
    public var loss: LossKind
    public var optimizer: OptimizerKind
    public var learningRate: Double
    public var epochs: Int
    /// 0 = full batch.
    public var batchSize: Int
    public var seed: UInt64
    /// Epochs whose weights are recorded (0 = the initial weights).
    public var snapshots: [Int]
    /// Fraction of the data held out as a test set (0 = none).
    public var testFraction: Double

    public init(loss: LossKind, optimizer: OptimizerKind = .adam, learningRate: Double = 0.01,
                epochs: Int = 1000, batchSize: Int = 0, seed: UInt64 = 1, snapshots: [Int] = [],
                testFraction: Double = 0) {
        self.loss = loss
        self.optimizer = optimizer
        self.learningRate = learningRate
        self.epochs = epochs
        self.batchSize = batchSize
        self.seed = seed
        self.snapshots = snapshots
        self.testFraction = testFraction
    }
}
