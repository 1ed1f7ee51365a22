extension TrainingConfig {
    /// The seed used when `train.seed` is absent (also for initialising weightless layers).
    public static let defaultSeed: UInt64 = 1

    /// The settings used when a model has no `train:` block: the loss that fits the output layer
    /// (softmax → cross-entropy, one sigmoid unit → bce, else mse), Adam, learning rate 0.01, 1000 epochs,
    /// full batch, seed 1, no snapshots, no test split.
    public static func defaults(for network: Network) -> TrainingConfig {
        TrainingConfig(loss: TrainSpec.defaultLoss(for: network))
    }
}

/// The `train:` block before it is checked against the network (the loss may still be unset).
struct TrainSpec {
    var config: TrainingConfig
    /// nil: chosen from the output activation (`defaultLoss`).
    var loss: LossKind?
    var lossField: ModelField?

    /// softmax → cross-entropy, sigmoid → bce, anything else → mse.
    static func defaultLoss(for network: Network) -> LossKind {
        switch network.outputActivation {
        case .softmax: .crossEntropy
        case .sigmoid where network.outputCount == 1: .bce
        default: .mse
        }
    }

    /// The loss / output pairs training accepts (`TrainingError.pairingRule`).
    static func fits(_ loss: LossKind, _ network: Network) -> Bool {
        let units = network.outputCount
        switch (loss, network.outputActivation) {
        case (.mse, .identity), (.mse, .sigmoid), (.bce, .sigmoid): return units == 1
        case (.crossEntropy, .softmax): return units >= 2
        default: return false
        }
    }

    /// The final configuration; an explicit loss must fit the output layer (`fits`).
    func resolved(for network: Network) throws(ModelFileError) -> TrainingConfig {
        var result = config
        result.loss = loss ?? Self.defaultLoss(for: network)
        if let lossField, !Self.fits(result.loss, network) {
            throw lossField.error(.invalidValue, "\(result.loss.rawValue) does not fit the \(network.outputActivation.name) "
                                  + "output layer (\(network.outputCount) unit\(network.outputCount == 1 ? "" : "s")); "
                                  + TrainingError.pairingRule.dropLast())
        }
        return result
    }
}

extension ModelDecoder {
    static let trainKeys = ["loss", "optimizer", "learningRate", "epochs", "batchSize", "seed", "snapshots",
                            "testFraction"]

    /// The settings of `train:` (or of `trained:`, whose further keys are passed in `allowed`).
    func decodeTrain(_ field: ModelField, allowed: [String] = Self.trainKeys) throws(ModelFileError) -> TrainSpec {
        let map = try field.mapping(allowed: allowed)
        var config = TrainingConfig(loss: .mse)
        var loss: LossKind?
        if let f = map.optional("loss") { loss = try Self.choice(f, LossKind.self) }
        if let f = map.optional("optimizer") { config.optimizer = try Self.choice(f, OptimizerKind.self) }
        if let f = map.optional("learningRate") {
            config.learningRate = try f.number()
            guard config.learningRate > 0 else {
                throw f.error(.invalidValue, "expected a positive learning rate but found \(f.node.scalarText)")
            }
        }
        if let f = map.optional("epochs") { config.epochs = try f.integer(in: 0...ModelLimits.epochs, "an epoch count") }
        if let f = map.optional("batchSize") { config.batchSize = try f.integer(in: 0...Int.max, "a batch size (0 = full batch)") }
        if let f = map.optional("seed") { config.seed = UInt64(try f.integer(in: 0...Int.max, "a seed")) }
        if let f = map.optional("testFraction") {
            config.testFraction = try f.number()
            guard (0..<1).contains(config.testFraction) else {
                throw f.error(.invalidValue, "expected a fraction in [0, 1) but found \(f.node.scalarText)")
            }
        }
        if let f = map.optional("snapshots") {
            var epochs: [Int] = []
            for item in try f.list() { epochs.append(try item.integer(in: 0...config.epochs, "a snapshot epoch")) }
            config.snapshots = Array(Set(epochs)).sorted()
        }
        return TrainSpec(config: config, loss: loss, lossField: map.optional("loss"))
    }

    /// A name among the raw values of `T`, listed in the message when unknown.
    static func choice<T: RawRepresentable & CaseIterable>(_ field: ModelField, _ type: T.Type) throws(ModelFileError) -> T
    where T.RawValue == String {
        let name = try field.string()
        guard let value = T(rawValue: name) else {
            let valid = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw field.error(.invalidValue, "unknown value `\(name)` (expected one of \(valid))")
        }
        return value
    }
}
