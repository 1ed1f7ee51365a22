import Testing
import NNVizEngine

/// Optimiser steps against their closed forms.
@Suite struct OptimizerTests {
    @Test func sgdTakesOneGradientStep() {
        var p = [1.0, -2.0]
        var opt = Optimizer(kind: .sgd, learningRate: 0.1, parameterCount: 2)
        opt.step(&p, gradient: [0.5, -1])
        #expect(p == [1 - 0.05, -2 + 0.1])
    }

    @Test func momentumAccumulatesVelocity() {
        var p = [0.0]
        var opt = Optimizer(kind: .momentum, learningRate: 0.1, parameterCount: 1)
        opt.step(&p, gradient: [1])
        opt.step(&p, gradient: [2])
        // v1 = 1, v2 = 0.9·1 + 2 = 2.9; θ = −0.1·(1 + 2.9)
        #expect(abs(p[0] - -0.39) < 1e-15)
    }

    @Test func adamFirstStepMovesByTheLearningRateAgainstTheSign() {
        var p = [0.0, 0.0, 0.0]
        var opt = Optimizer(kind: .adam, learningRate: 0.01, parameterCount: 3)
        opt.step(&p, gradient: [3, -0.002, 0])
        // m̂ = g, v̂ = g² ⇒ Δ = −η·g/(|g| + ε)
        #expect(abs(p[0] - -0.01 * 3 / (3 + 1e-8)) < 1e-15)
        #expect(abs(p[1] - 0.01 * 0.002 / (0.002 + 1e-8)) < 1e-15)
        #expect(p[2] == 0)
        opt.step(&p, gradient: [3, -0.002, 0])
        #expect(abs(p[0] - -0.02 * 3 / (3 + 1e-8)) < 1e-14)
    }
}
