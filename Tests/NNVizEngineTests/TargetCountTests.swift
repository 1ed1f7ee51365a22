import Testing
import NNVizEngine

/// One target per data point: every entry that reads targets row by row refuses a mismatch with an error value
/// instead of reading past the targets (the back-propagation buffers are sized by the number of input rows).
@Suite struct TargetCountTests {
    static let net = TestNetworks.random(inputs: 2, hidden: [3], hiddenActivation: .relu, outputs: 1,
                                         output: .sigmoid, seed: 1)
    static let points = TestNetworks.randomMatrix(rows: 64, columns: 2, seed: 2)

    @Test(arguments: [0, 1, 63, 65, 200])
    func theGradientEntriesRefuseAnotherTargetCount(count: Int) {
        let targets = [Double](repeating: 1, count: count)
        let expected = TrainingError.targetCountMismatch(points: 64, targets: count)
        #expect(throws: expected) { _ = try Self.net.lossAndGradients(inputs: Self.points, targets: targets, loss: .bce) }
        #expect(throws: expected) { _ = try Self.net.errorTerms(inputs: Self.points, targets: targets, loss: .bce) }
        #expect(throws: expected) { _ = try Self.net.loss(inputs: Self.points, targets: targets, loss: .bce) }
        #expect(throws: expected) { _ = try Self.net.backwardPass(inputs: Self.points, targets: targets, loss: .bce) }
    }

    @Test func theMessageSaysWhatIsWrongInOneSentence() {
        let message = TrainingError.targetCountMismatch(points: 64, targets: 63).description
        #expect(message == "The data have 64 point(s) but 63 target(s); give one target per point.")
    }

    @Test func theMatchingCountStillWorks() throws {
        let targets = (0..<64).map { Double($0 % 2) }
        let (value, gradients) = try Self.net.lossAndGradients(inputs: Self.points, targets: targets, loss: .bce)
        #expect(value.isFinite && value > 0)
        #expect(gradients.weights.count == 2)
    }

    /// `Dataset`'s fields are public and its test split is not checked by its initialiser: the trainer refuses
    /// a test split with fewer targets than points before the first epoch.
    @Test func theTrainerRefusesATestSplitWithTooFewTargets() {
        var data = SyntheticDataset.generate(.xor, count: 40, noise: 0.1, classes: 2, seed: 3)
        data.testInputs = TestNetworks.randomMatrix(rows: 10, columns: 2, seed: 4)
        data.testTargets = [0, 1, 0]
        let config = TrainingConfig(loss: .bce, optimizer: .adam, learningRate: 0.05, epochs: 3, batchSize: 0,
                                    seed: 1, snapshots: [])
        #expect(throws: TrainingError.targetCountMismatch(points: 10, targets: 3)) {
            _ = try Trainer(config: config).train(Self.net, on: data)
        }
        data.targets.removeLast()
        #expect(throws: TrainingError.targetCountMismatch(points: 40, targets: 39)) {
            _ = try Trainer(config: config).train(Self.net, on: data)
        }
    }
}
