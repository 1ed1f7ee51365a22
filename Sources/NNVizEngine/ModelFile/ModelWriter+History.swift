extension ModelFile {
    /// A trained model (from `Model.trained()`, so with its `trainingRecord`) in `format`; YAML is headed by a
    /// comment line that summarises the run:
    /// `# trained by nnviz for 2000 epochs: final cross-entropy loss 0.0927, accuracy 95.7%`.
    public static func write(_ model: Model, history: TrainingHistory, format: Format = .yaml) -> String {
        write(model, format: format, comments: [trainingComment(history)])
    }

    /// The one-line summary of a training run used as the written file's first comment.
    public static func trainingComment(_ history: TrainingHistory) -> String {
        var text = "trained by nnviz for \(history.epochs) epochs: final \(history.lossName) loss "
            + ModelNumber.text(history.trainLoss.last ?? .nan)
        if let accuracy = history.trainAccuracy.last { text += ", accuracy \(ModelNumber.text(100 * accuracy, decimals: 1))%" }
        return text
    }

    /// `trained:` — the settings of the run, `initialLayers` (the weights before epoch 1) and `history`.
    static func trainedDocument(_ settings: TrainingConfig, record: TrainingRecord) -> ModelDocument {
        let layers = { (net: Network) in ModelDocument.list(net.layers.map { .mapping(weightPairs($0)) }) }
        let h = record.history
        var history: [(key: String, value: ModelDocument)] = [("trainLoss", .numbers(h.trainLoss))]
        if !h.testLoss.isEmpty { history.append(("testLoss", .numbers(h.testLoss))) }
        if !h.trainAccuracy.isEmpty { history.append(("trainAccuracy", .numbers(h.trainAccuracy))) }
        if !h.testAccuracy.isEmpty { history.append(("testAccuracy", .numbers(h.testAccuracy))) }
        if !h.snapshots.isEmpty {
            history.append(("snapshots", .list(h.snapshots.map {
                .mapping([("epoch", .integer($0.epoch)), ("layers", layers($0.network))])
            })))
        }
        return .mapping(settingsPairs(settings) + [("initialLayers", layers(record.initialNetwork)),
                                                   ("history", .mapping(history))])
    }
}
