import Foundation
import Testing
import NNVizEngine

/// Loss values against closed forms, stability at extreme logits, pairings and targets.
@Suite struct LossTests {
    @Test func bceAtZeroLogitIsLnTwoAndMatchesTheSeedsFormula() {
        let z = Matrix([[0], [2], [-3]])
        let y = [1.0, 0, 1]
        let expected: Double = (log(2.0) + log(1 + exp(2.0)) + (log(1 + exp(-3.0)) + 3)) / 3
        #expect(abs(Loss.value(.bce, logits: z, targets: y, output: .sigmoid) - expected) < 1e-14)
    }

    @Test func bceAndCrossEntropyStayFiniteForHugeLogits() {
        let bce = Loss.value(.bce, logits: Matrix([[1000], [-1000]]), targets: [0, 1], output: .sigmoid)
        #expect(abs(bce - 1000) < 1e-9)   // ln(1+e^1000) ≈ 1000 and ln(1+e^-1000) + 1000 ≈ 1000
        let ce = Loss.value(.crossEntropy, logits: Matrix([[1000, 0, -1000]]), targets: [1], output: .softmax)
        #expect(abs(ce - 1000) < 1e-9)
        let g = Loss.gradient(.crossEntropy, logits: Matrix([[1000, 0, -1000]]), targets: [1], output: .softmax)
        #expect(g.storage == [1, -1, 0])
    }

    @Test func crossEntropyOfEqualLogitsIsLnK() {
        let z = Matrix([[0.3, 0.3, 0.3, 0.3], [-2, -2, -2, -2]])
        #expect(abs(Loss.value(.crossEntropy, logits: z, targets: [0, 3], output: .softmax) - log(4)) < 1e-14)
    }

    @Test func mseIsTheMeanOfSquaredErrorsOverPoints() {
        let z = Matrix([[1], [2], [4]])
        #expect(Loss.value(.mse, logits: z, targets: [0, 2, 1], output: .identity) == 10.0 / 3)
        let s = Activation.logistic(0.5)
        let viaSigmoid = Loss.value(.mse, logits: Matrix([[0.5]]), targets: [1], output: .sigmoid)
        #expect(abs(viaSigmoid - (s - 1) * (s - 1)) < 1e-15)
    }

    @Test func incompatiblePairingsAreRefused() {
        #expect(throws: TrainingError.incompatibleLoss(loss: .bce, output: .identity, outputUnits: 1)) {
            try Loss.validate(.bce, output: .identity, outputUnits: 1)
        }
        #expect(throws: TrainingError.self) { try Loss.validate(.crossEntropy, output: .sigmoid, outputUnits: 1) }
        #expect(throws: TrainingError.self) { try Loss.validate(.mse, output: .softmax, outputUnits: 3) }
        #expect(throws: TrainingError.self) { try Loss.validate(.bce, output: .sigmoid, outputUnits: 2) }
        #expect(throws: Never.self) { try Loss.validate(.mse, output: .sigmoid, outputUnits: 1) }
        #expect(TrainingError.incompatibleLoss(loss: .bce, output: .identity, outputUnits: 1).description
            .contains("bce with a sigmoid output"))
    }

    @Test func invalidTargetsAreNamed() {
        #expect(throws: TrainingError.invalidTarget(index: 1, value: 0.5, loss: .bce, classes: 1)) {
            try Loss.validateTargets([1, 0.5], loss: .bce, outputUnits: 1)
        }
        #expect(throws: TrainingError.invalidTarget(index: 0, value: 3, loss: .crossEntropy, classes: 3)) {
            try Loss.validateTargets([3], loss: .crossEntropy, outputUnits: 3)
        }
    }

    @Test(arguments: [(Activation.identity, 1, LossKind.mse), (.sigmoid, 1, .mse), (.sigmoid, 1, .bce), (.softmax, 4, .crossEntropy)])
    func lossGradientMatchesFiniteDifferencesOfTheLossValue(pairing: (Activation, Int, LossKind)) {
        let (output, units, loss) = pairing
        let z = TestNetworks.randomMatrix(rows: 5, columns: units, seed: 3)
        let y = TestNetworks.targets(count: 5, loss: loss, classes: units == 1 ? 2 : units, seed: 4)
        let g = Loss.gradient(loss, logits: z, targets: y, output: output)
        let h = 1e-5
        for i in z.storage.indices {
            var plus = z, minus = z
            plus.storage[i] += h
            minus.storage[i] -= h
            let numeric = (Loss.value(loss, logits: plus, targets: y, output: output)
                - Loss.value(loss, logits: minus, targets: y, output: output)) / (2 * h)
            #expect(abs(g.storage[i] - numeric) <= 1e-6 * max(abs(numeric), abs(g.storage[i])) + 1e-10)
        }
    }
}
