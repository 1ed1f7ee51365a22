import Testing
import NNVizEngine

/// The trainer's contract: history layout, determinism, divergence, refusals, and agreement with the
/// gradient code for one full-batch step.
@Suite struct TrainerTests {
    static func xorModel(seed: UInt64 = 7, epochs: Int = 300, batchSize: Int = 0,
                         optimizer: OptimizerKind = .adam, snapshots: [Int] = [0, 50, 300]) -> Model {
        var rng = SeededGenerator(seed: seed)
        let hidden = Initializer.layer(inputs: 2, units: 8, activation: .tanh, rng: &rng)
        let output = Initializer.layer(inputs: 8, units: 1, activation: .sigmoid, rng: &rng)
        let data = SyntheticDataset.generate(.xor, count: 80, noise: 0.1, classes: 2, seed: 3)
        return Model(network: Network(inputNames: ["x1", "x2"], layers: [hidden, output]),
                     domain: SyntheticDataset.xor.suggestedDomain, data: data,
                     training: TrainingConfig(loss: .bce, optimizer: optimizer, learningRate: 0.05, epochs: epochs,
                                              batchSize: batchSize, seed: seed, snapshots: snapshots))
    }

    @Test(arguments: [0, 16])
    func xorIsLearnedAndTheHistoryHasOneEntryPerEpochPlusTheStart(batchSize: Int) throws {
        let (model, history) = try Self.xorModel(batchSize: batchSize).trained()
        #expect(history.trainLoss.count == 301 && history.trainAccuracy.count == 301)
        #expect(history.testLoss.isEmpty && history.testAccuracy.isEmpty)
        #expect(history.trainLoss[300] < 0.2 * history.trainLoss[0])
        #expect(history.trainAccuracy[300] == 1)
        #expect(history.snapshots.map(\.epoch) == [0, 50, 300])
        #expect(history.snapshots[0].network == Self.xorModel().network)
        #expect(history.snapshots[2].network == model.network)
        #expect(history.lossName == "bce" && history.reduction == "mean over the batch")
        let data = try #require(model.data)
        #expect(abs(try model.network.loss(inputs: data.inputs, targets: data.targets, loss: .bce) - history.trainLoss[300]) < 1e-12)
        #expect(!model.needsTraining)
    }

    @Test(arguments: [OptimizerKind.sgd, .momentum, .adam], [0, 16])
    func sameModelAndSeedGiveBitIdenticalRuns(optimizer: OptimizerKind, batchSize: Int) throws {
        let model = Self.xorModel(epochs: 40, batchSize: batchSize, optimizer: optimizer, snapshots: [])
        let first = try model.trained(), second = try model.trained()
        #expect(first.model.network == second.model.network)
        #expect(first.history == second.history)
    }

    @Test func miniBatchShufflingDependsOnTheSeed() throws {
        var a = Self.xorModel(epochs: 5, batchSize: 8, optimizer: .sgd, snapshots: [])
        var b = a
        a.training?.seed = 1
        b.training?.seed = 2
        #expect(try a.trained().model.network != b.trained().model.network)
    }

    @Test func oneFullBatchSgdEpochIsOneGradientStep() throws {
        var model = Self.xorModel(epochs: 1, optimizer: .sgd, snapshots: [])
        model.training?.learningRate = 0.3
        let data = try #require(model.data)
        let (_, gradients) = try model.network.lossAndGradients(inputs: data.inputs, targets: data.targets, loss: .bce)
        let trained = try model.trained().model.network
        for l in trained.layers.indices {
            for i in trained.layers[l].weights.storage.indices {
                let expected = model.network.layers[l].weights.storage[i] - 0.3 * gradients.weights[l].storage[i]
                #expect(trained.layers[l].weights.storage[i] == expected)
            }
        }
    }

    @Test func aHugeLearningRateDivergesWithAMessageNamingTheEpoch() throws {
        var rng = SeededGenerator(seed: 1)
        let net = Network(inputNames: ["x"], layers: [
            Initializer.layer(inputs: 1, units: 8, activation: .relu, rng: &rng),
            Initializer.layer(inputs: 8, units: 1, activation: .identity, rng: &rng),
        ])
        let data = SyntheticDataset.generate(.sine, count: 50, noise: 0, classes: 2, seed: 1)
        let trainer = Trainer(config: TrainingConfig(loss: .mse, optimizer: .sgd, learningRate: 1e3, epochs: 500))
        let error = try #require(throws: TrainingError.self) { _ = try trainer.train(net, on: data) }
        guard case .diverged(let epoch, let rate) = error else { Issue.record("expected divergence, got \(error)"); return }
        #expect(epoch > 0 && epoch <= 500 && rate == 1e3)
        #expect(error.description.contains("epoch \(epoch)") && error.description.contains("smaller learning rate"))
    }

    @Test func stepUnitsAndBadSettingsAreRefusedBeforeTraining() {
        var model = Self.xorModel()
        model.network.layers[0].activation = .step
        #expect(throws: TrainingError.stepUnitsNotTrainable(layer: 0)) { _ = try model.trained() }
        var noSettings = Self.xorModel()
        noSettings.training = nil
        #expect(throws: TrainingError.noTrainingSettings) { _ = try noSettings.trained() }
        var badSnapshot = Self.xorModel()
        badSnapshot.training?.snapshots = [301]
        #expect(throws: TrainingError.self) { _ = try badSnapshot.trained() }
        var badRate = Self.xorModel()
        badRate.training?.learningRate = 0
        #expect(throws: TrainingError.self) { _ = try badRate.trained() }
    }

    @Test func aTestSplitIsHeldOutAndEvaluatedEveryEpoch() throws {
        var model = Self.xorModel(epochs: 20, snapshots: [])
        model.training?.testFraction = 0.25
        let (trained, history) = try model.trained()
        let data = try #require(trained.data)
        #expect(data.count == 60 && data.testTargets.count == 20)
        #expect(history.testLoss.count == 21 && history.testAccuracy.count == 21)
        let expected = try trained.network.loss(inputs: data.testInputs, targets: data.testTargets, loss: .bce)
        #expect(abs(history.testLoss[20] - expected) < 1e-12)
    }

    @Test(arguments: [0, 16])
    func floatTrainingFollowsDoubleTraining(batchSize: Int) throws {
        var model = Self.xorModel(epochs: 100, batchSize: batchSize, snapshots: [])
        model.data = model.data?.split(testFraction: 0.2, seed: 1)
        let config = try #require(model.training), data = try #require(model.data)
        let double = try Trainer(config: config, precision: .double).train(model.network, on: data)
        let float = try Trainer(config: config, precision: .float).train(model.network, on: data)
        for e in [0, 1, 10, 100] {
            #expect(abs(double.history.trainLoss[e] - float.history.trainLoss[e]) < 1e-3 * double.history.trainLoss[e])
            #expect(abs(double.history.testLoss[e] - float.history.testLoss[e]) < 1e-3 * double.history.testLoss[e])
        }
        #expect(try Trainer(config: config, precision: .float).train(model.network, on: data).history == float.history)
    }

    @Test func automaticPrecisionPicksFloatOnlyForBigWork() throws {
        let config = TrainingConfig(loss: .bce)
        let small = Self.xorModel()
        #expect(Trainer(config: config).resolvedPrecision(for: small.network, data: try #require(small.data)) == .double)
        var rng = SeededGenerator(seed: 1)
        let big = Network(inputNames: (0..<40).map { "x\($0)" }, layers: [
            Initializer.layer(inputs: 40, units: 300, activation: .relu, rng: &rng),
            Initializer.layer(inputs: 300, units: 1, activation: .sigmoid, rng: &rng),
        ])
        let data = Dataset(inputs: Matrix(rows: 1000, columns: 40), targets: [Double](repeating: 0, count: 1000))
        #expect(Trainer(config: config).resolvedPrecision(for: big, data: data) == .float)
    }

    @Test func snapshotsAreSortedOnceAndProgressComesEveryEpoch() throws {
        let model = Self.xorModel(epochs: 12, snapshots: [12, 0, 5, 5])
        var reports: [EpochReport] = []
        let (_, history) = try model.trained { reports.append($0) }
        #expect(history.snapshots.map(\.epoch) == [0, 5, 12])
        #expect(reports.map(\.epoch) == Array(1...12) && reports.allSatisfy { $0.epochs == 12 })
        #expect(reports.map(\.trainLoss) == Array(history.trainLoss.dropFirst()))
        #expect(reports.map { $0.trainAccuracy ?? -1 } == Array(history.trainAccuracy.dropFirst()))
    }
}
