extension Model {
    /// Trains the model's network with its `training` settings on its `data`.
    ///
    /// When `training.testFraction` > 0 and the data have no test split yet, the data are first split with
    /// `Dataset.split(testFraction:seed:)` and `training.seed`. Returns the model with the trained network,
    /// the (split) data, `needsTraining == false` and a `trainingRecord` (the starting network and the
    /// history), plus the history. Throws `.noTrainingSettings`, `.noData`, or whatever `Trainer.train` throws.
    public func trained(progress: (EpochReport) -> Void = { _ in }) throws(TrainingError)
        -> (model: Model, history: TrainingHistory) {
        guard let config = training else { throw .noTrainingSettings }
        guard var data, data.count > 0 else { throw .noData }
        if !data.hasTestSplit { data = data.split(testFraction: config.testFraction, seed: config.seed) }
        let result = try Trainer(config: config).train(network, on: data, progress: progress)
        var model = self
        model.network = result.network
        model.data = data
        model.needsTraining = false
        model.trainingRecord = TrainingRecord(initialNetwork: network, history: result.history)
        return (model, result.history)
    }

    /// The model as it was before its recorded run: the record's starting network, no record, the same
    /// settings and data — training it again reproduces the run. The model itself when it has no record.
    public func beforeTraining() -> Model {
        guard let record = trainingRecord else { return self }
        var model = self
        model.network = record.initialNetwork
        model.trainingRecord = nil
        return model
    }
}
