import Foundation
import Testing
import NNVizEngine

/// Synthetic data sets against their defining shapes, and the seeded split.
@Suite struct DatasetTests {
    @Test(arguments: SyntheticDataset.allCases)
    func everySetIsDeterministicAndHasTheDocumentedShape(kind: SyntheticDataset) throws {
        let a = SyntheticDataset.generate(kind, count: 90, noise: 0.1, classes: 3, seed: 5)
        #expect(a == SyntheticDataset.generate(kind, count: 90, noise: 0.1, classes: 3, seed: 5))
        #expect(a != SyntheticDataset.generate(kind, count: 90, noise: 0.1, classes: 3, seed: 6))
        #expect(a.count == 90 && a.inputDimension == kind.inputDimension)
        #expect(kind.suggestedDomain.count == kind.inputDimension)
        if let k = kind.classCount(requested: 3) {
            #expect(Set(a.targets) == Set((0..<k).map(Double.init)))
        }
    }

    @Test func noiseFreeSetsLieOnTheirCurves() {
        let circles = SyntheticDataset.generate(.circles, count: 40, noise: 0, classes: 2, seed: 1)
        for i in 0..<circles.count {
            let r = (circles.inputs[i, 0] * circles.inputs[i, 0] + circles.inputs[i, 1] * circles.inputs[i, 1]).squareRoot()
            #expect(abs(r - (circles.targets[i] == 0 ? 1 : 0.5)) < 1e-12)
        }
        let sine = SyntheticDataset.generate(.sine, count: 30, noise: 0, classes: 2, seed: 1)
        for i in 0..<sine.count { #expect(sine.targets[i] == sin(sine.inputs[i, 0])) }
        let xor = SyntheticDataset.generate(.xor, count: 4, noise: 0, classes: 2, seed: 1)
        #expect(xor.inputs.rowArrays == [[0, 0], [1, 0], [0, 1], [1, 1]] && xor.targets == [0, 1, 1, 0])
        let steps = SyntheticDataset.generate(.steps, count: 200, noise: 0, classes: 4, seed: 1)
        #expect(Set(steps.targets) == [0, 1.0 / 3, 2.0 / 3, 1])
        for i in 0..<steps.count {
            #expect(steps.targets[i] == (((steps.inputs[i, 0] + 1) * 2).rounded(.down)) / 3)
        }
    }

    @Test func noiseFreeDataFallInsideTheSuggestedDomain() {
        for kind in SyntheticDataset.allCases {
            let data = SyntheticDataset.generate(kind, count: 200, noise: 0, classes: 4, seed: 2)
            for i in 0..<data.count {
                for d in 0..<kind.inputDimension { #expect(kind.suggestedDomain[d].contains(data.inputs[i, d])) }
            }
        }
    }

    @Test func splitHoldsOutTheRoundedFractionAndKeepsEveryPointOnce() {
        let data = SyntheticDataset.generate(.moons, count: 50, noise: 0.2, classes: 2, seed: 4)
        let split = data.split(testFraction: 0.3, seed: 9)
        #expect(split.count == 35 && split.testTargets.count == 15)
        let before = data.inputs.rowArrays.map { $0 + [0] } + []
        let after = (split.inputs.rowArrays + split.testInputs.rowArrays).map { $0 + [0] }
        #expect(Set(before.map { "\($0)" }) == Set(after.map { "\($0)" }))
        #expect(split == data.split(testFraction: 0.3, seed: 9))
        #expect(split != data.split(testFraction: 0.3, seed: 10))
        #expect(data.split(testFraction: 0, seed: 9) == data)
        #expect(Dataset.testCount(testFraction: 0.01, count: 10) == 1)
        #expect(Dataset.testCount(testFraction: 0.99, count: 10) == 9)
    }
}
