import NNVizEngine
import Testing
@testable import NNVizAnalysis

struct Regions1DTests {
    @Test func problem2StepNetHasJointsAtTwoAndFour() throws {
        let r = try Regions1D.compute(network: TestNets.problem2, domain: 0...6)
        #expect(r.breakpoints == [2, 4])
        #expect(r.joints.map(\.unit) == [0, 1])
        #expect(r.intervals.map(\.pattern) == [[false, false], [true, false], [true, true]])
        #expect(r.intervals.map { $0.outputIntercept[0] } == [-0.5, 0.5, -1.5])
        #expect(r.intervals.allSatisfy { $0.outputSlope[0] == 0 })
        let c = RegionCounts(r, network: TestNets.problem2)
        #expect(c.count == 3 && c.patterns == 3 && c.linearPieces == 3)
    }

    @Test(arguments: [1, 2, 5, 9])
    func shallowNetWithAllJointsInsideHasUnitsPlusOneIntervals(units: Int) throws {
        // Joints at distinct points -b/w inside [-3, 3].
        let w = (0..<units).map { [$0 % 2 == 0 ? 1.0 : -2.0] }
        let b = (0..<units).map { j in -w[j][0] * (-2.5 + 5 * Double(j) / Double(max(units - 1, 1))) }
        let net = Network(inputNames: ["x"], layers: [
            DenseLayer(weights: w, biases: b, activation: .relu),
            DenseLayer(weights: [(0..<units).map { Double($0) + 1 }], biases: [0.3], activation: .identity),
        ])
        let r = try Regions1D.compute(network: net, domain: -3...3)
        #expect(r.intervals.count == units + 1)
        #expect(r.breakpoints.count == units)
        #expect(RegionCounts(r, network: net).count == units + 1)
    }

    @Test(arguments: [Activation.relu, .leakyReLU(slope: 0.1), .step, .identity])
    func intervalMapsMatchTheForwardPass(activation: Activation) throws {
        let net = TestNets.random(widths: [1, 6, 5, 2], hidden: activation, seed: 11)
        let r = try Regions1D.compute(network: net, domain: -4...4)
        #expect(r.intervals.first?.lo == -4 && r.intervals.last?.hi == 4)
        var rng = SeededGenerator(seed: 5)
        for iv in r.intervals {
            for _ in 0..<3 {
                let x = rng.nextUniform(in: iv.lo, iv.hi)
                let z = net.forward(Matrix([[x]])).outputLogits.row(0)
                for k in z.indices {
                    #expect(abs(iv.outputSlope[k] * x + iv.outputIntercept[k] - z[k]) <= 1e-9 * (1 + abs(z[k])))
                }
                #expect(SampledPatterns.pattern(net, [x]) == iv.pattern)
            }
        }
        for (a, b) in zip(r.intervals, r.intervals.dropFirst()) {
            #expect(a.hi == b.lo)
            #expect(a.pattern != b.pattern)
        }
    }

    @Test func deepReluNetPatternsMatchDenseSampling() throws {
        let net = TestNets.random(widths: [1, 8, 8, 1], hidden: .relu, seed: 3)
        let r = try Regions1D.compute(network: net, domain: -3...3)
        for i in 0..<2000 {
            let x = -3 + 6 * (Double(i) + 0.5) / 2000
            let p = SampledPatterns.pattern(net, [x])
            let iv = try #require(r.intervals.first { $0.lo <= x && x <= $0.hi })
            #expect(iv.pattern == p)
        }
    }

    @Test func rejectsTwoInputsAndSmoothUnits() {
        #expect(throws: RegionError.wrongInputDimension(expected: 1, actual: 2)) {
            try Regions1D.compute(network: TestNets.xor, domain: 0...1)
        }
        let smooth = TestNets.random(widths: [1, 3, 1], hidden: .tanh, seed: 1)
        #expect(throws: RegionError.smoothHiddenActivation(layer: 0, name: "tanh")) {
            try Regions1D.compute(network: smooth, domain: 0...1)
        }
    }
}
