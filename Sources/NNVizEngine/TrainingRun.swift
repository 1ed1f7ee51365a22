/// The state of one training run: the flat parameters, the optimiser, the data and the history so far.
final class TrainingRun<T: TrainingScalar> {
    private let template: Network
    private let config: TrainingConfig
    private let layout: ParameterLayout
    private var parameters: [Double]
    private var gradient: [Double]
    private var optimizer: Optimizer
    private let train: DataBlock<T>
    private let test: DataBlock<T>?
    private let batch: DataBlock<T>?
    private var order: [Int]
    private var shuffler: SeededGenerator
    private let snapshotEpochs: Set<Int>
    private let measuresAccuracy: Bool
    private(set) var history: TrainingHistory

    init(network: Network, data: Dataset, config: TrainingConfig) {
        template = network
        self.config = config
        layout = ParameterLayout(network)
        parameters = layout.flatten(network)
        gradient = [Double](repeating: 0, count: layout.count)
        optimizer = Optimizer(kind: config.optimizer, learningRate: config.learningRate, parameterCount: layout.count)
        train = DataBlock<T>(layout: layout, inputs: data.inputs, targets: data.targets)
        test = data.hasTestSplit ? DataBlock<T>(layout: layout, inputs: data.testInputs, targets: data.testTargets) : nil
        let miniBatch = config.batchSize > 0 && config.batchSize < data.count
        batch = miniBatch ? DataBlock<T>(layout: layout, rows: config.batchSize, columns: data.inputs.columns) : nil
        order = Array(0..<data.count)
        shuffler = SeededGenerator(seed: config.seed &+ Trainer.shuffleSalt)
        snapshotEpochs = Set(config.snapshots)
        measuresAccuracy = config.loss != .mse
            || (network.outputActivation == .sigmoid && data.targets.allSatisfy { $0 == 0 || $0 == 1 })
        history = TrainingHistory(lossName: config.loss.rawValue, reduction: Loss.reduction)
    }

    /// The template network with the current parameters.
    func network() -> Network { layout.network(template, from: parameters) }

    /// One epoch of updates. Full batch: the gradient was computed with the loss in `record`.
    func trainOneEpoch() {
        guard let batch else {
            optimizer.step(&parameters, gradient: gradient)
            return
        }
        shuffler.shuffle(&order)
        var start = 0
        while start < order.count {
            let rows = min(batch.capacity, order.count - start)
            batch.gather(from: train, rows: order[start..<(start + rows)])
            _ = batch.evaluate(parameters, rows: rows, loss: config.loss, gradientOut: &gradient, wantGradient: true)
            optimizer.step(&parameters, gradient: gradient)
            start += rows
        }
    }

    /// Records the losses (and accuracies, snapshot) of the current weights as epoch `epoch`.
    func record(epoch: Int) throws(TrainingError) {
        let fullBatch = batch == nil
        let value = train.evaluate(parameters, rows: train.rows, loss: config.loss, gradientOut: &gradient,
                                   wantGradient: fullBatch)
        guard value.isFinite else { throw .diverged(epoch: epoch, learningRate: config.learningRate) }
        history.trainLoss.append(value)
        if measuresAccuracy { history.trainAccuracy.append(train.accuracy()) }
        if let test {
            history.testLoss.append(test.evaluate(parameters, rows: test.rows, loss: config.loss,
                                                  gradientOut: &gradient, wantGradient: false))
            if measuresAccuracy { history.testAccuracy.append(test.accuracy()) }
        }
        if snapshotEpochs.contains(epoch) {
            history.snapshots.append(TrainingSnapshot(epoch: epoch, network: network()))
        }
    }
}
