extension Model {
    /// Trains the model's network with its `training` settings on its `data`.
    ///
    /// When `training.testFraction` > 0 and the data have no test split yet, the data are first split with
    /// `Dataset.split(testFraction:seed:)` and `training.seed`. Returns the model with the trained network,
    /// the (split) data and `needsTraining == false`, plus the history. Throws `.noTrainingSettings`,
    /// `.noData`, or whatever `Trainer.train` throws.
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
        return (model, result.history)
    }
}
