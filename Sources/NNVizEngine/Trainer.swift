/// Trains a network by back-propagation with the settings of a model's `train:` block.
///
/// Contract: `train` returns the trained network (same architecture) and its `TrainingHistory`; it throws
/// before the first epoch for untrainable setups (step units, a loss that does not fit the output, invalid
/// targets or settings) and stops with `.diverged` — returning nothing — as soon as a recorded loss is not
/// finite. Determinism: the same network, data and config give bit-identical weights and losses (one BLAS
/// thread, fixed summation orders, every random draw from `SeededGenerator`).
///
/// Mini-batches (`batchSize` > 0 and < the data count): each epoch visits the data in a fresh order drawn by
/// `SeededGenerator(seed: config.seed &+ Trainer.shuffleSalt)`; the last batch of an epoch may be smaller.
public struct Trainer: Sendable {
    /// Added to the training seed for the mini-batch shuffling stream.
    public static let shuffleSalt: UInt64 = 0x5348_5546_464C_4531

    /// One epoch of at least this many multiply-adds (data points × Σ inputs·units) makes `.automatic` train
    /// in `Float`.
    public static let floatThreshold = 10_000_000

    public var config: TrainingConfig
    public var precision: TrainingPrecision

    public init(config: TrainingConfig, precision: TrainingPrecision = .automatic) {
        self.config = config
        self.precision = precision
    }

    /// The arithmetic `train` uses for this network and data: `.double` or `.float`, never `.automatic`.
    public func resolvedPrecision(for network: Network, data: Dataset) -> TrainingPrecision {
        guard precision == .automatic else { return precision }
        let work = data.count * network.layers.reduce(0) { $0 + $1.inputs * $1.units }
        return work >= Trainer.floatThreshold ? .float : .double
    }

    /// Throws what `train` would throw before its first epoch.
    public func validate(_ network: Network, on data: Dataset) throws(TrainingError) {
        try checkSettings()
        try network.checkTrainable(loss: config.loss)
        try network.checkBatch(inputs: data.inputs, targets: data.targets, loss: config.loss)
        if data.hasTestSplit {
            try network.checkBatch(inputs: data.testInputs, targets: data.testTargets, loss: config.loss)
        }
    }

    /// Trains `network` on `data.inputs` / `data.targets` (the test split, if any, is only evaluated),
    /// calling `progress` after every epoch.
    public func train(_ network: Network, on data: Dataset,
                      progress: (EpochReport) -> Void = { _ in }) throws(TrainingError)
        -> (network: Network, history: TrainingHistory) {
        try validate(network, on: data)
        if resolvedPrecision(for: network, data: data) == .float {
            return try train(TrainingRun<Float>(network: network, data: data, config: config), progress: progress)
        }
        return try train(TrainingRun<Double>(network: network, data: data, config: config), progress: progress)
    }

    private func train<T>(_ run: TrainingRun<T>, progress: (EpochReport) -> Void) throws(TrainingError)
        -> (network: Network, history: TrainingHistory) {
        try run.record(epoch: 0)
        for epoch in stride(from: 1, through: config.epochs, by: 1) {
            run.trainOneEpoch()
            try run.record(epoch: epoch)
            progress(EpochReport(epoch: epoch, epochs: config.epochs, trainLoss: run.history.trainLoss[epoch],
                                 trainAccuracy: run.history.trainAccuracy.last))
        }
        return (run.network(), run.history)
    }

    private func checkSettings() throws(TrainingError) {
        guard config.learningRate > 0, config.learningRate.isFinite else {
            throw .invalidSetting(setting: "learningRate", reason: "it must be a positive number")
        }
        guard config.epochs >= 0 else { throw .invalidSetting(setting: "epochs", reason: "it must be 0 or more") }
        guard config.batchSize >= 0 else {
            throw .invalidSetting(setting: "batchSize", reason: "it must be 0 (full batch) or more")
        }
        guard config.testFraction >= 0, config.testFraction < 1 else {
            throw .invalidSetting(setting: "testFraction", reason: "it must be at least 0 and below 1")
        }
        if let bad = config.snapshots.first(where: { $0 < 0 || $0 > config.epochs }) {
            throw .invalidSetting(setting: "snapshots",
                                  reason: "epoch \(bad) is not between 0 and \(config.epochs)")
        }
    }
}

/// The arithmetic a training run uses. The master weights and the optimiser state are always `Double`;
/// `.float` runs the forward / backward passes in `Float` (BLAS sgemm), about twice as fast on big nets.
public enum TrainingPrecision: String, Sendable, CaseIterable {
    case double
    case float
    /// `.float` when an epoch needs at least `Trainer.floatThreshold` multiply-adds, else `.double`.
    case automatic
}
