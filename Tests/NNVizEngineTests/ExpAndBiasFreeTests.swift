import Foundation
import NNVizTestSupport
import Testing
@testable import NNVizEngine

/// The model support notes 001 Problem 2 needs: exp hidden units and layers without bias.
@Suite struct ExpAndBiasFreeTests {
    /// Problem 2 of the back-propagation section: z = Wx + b, u = exp(z), ŷ = αᵀu (no output bias), squared error.
    static func problem2(inputs: Int = 2, units: Int = 3, seed: UInt64 = 4) -> Network {
        var rng = SeededGenerator(seed: seed)
        let w = Matrix(rows: units, columns: inputs, storage: (0..<(units * inputs)).map { _ in 0.5 * rng.nextGaussian() })
        let b = (0..<units).map { _ in 0.3 * rng.nextGaussian() }
        let alpha = Matrix(rows: 1, columns: units, storage: (0..<units).map { _ in rng.nextGaussian() })
        return Network(inputNames: (1...inputs).map { "x\($0)" },
                       layers: [DenseLayer(weights: w, biases: b, activation: .exp),
                                DenseLayer(weights: alpha, activation: .identity)])
    }

    @Test func expUnitsAreExpAndTheirOwnDerivative() {
        for z in [-3.0, -0.5, 0, 0.7, 4] {
            #expect(Activation.exp.apply(z) == Foundation.exp(z))
            #expect(Activation.exp.derivative(z) == Foundation.exp(z))
        }
        #expect(Activation(name: "exp") == .exp && Activation.exp.name == "exp")
        #expect(Activation.exp.allowedInHiddenLayer && !Activation.exp.allowedAsOutput && !Activation.exp.isPiecewiseLinear)
        let net = Self.problem2()
        let x = Matrix([[0.3, -1.2]])
        let pass = net.forward(x)
        #expect(pass.layers[0].u.storage == pass.layers[0].z.storage.map { Foundation.exp($0) })
    }

    @Test func parameterCountsLeaveOutMissingBiases() {
        let net = Self.problem2(inputs: 2, units: 3)
        #expect(net.layers[0].parameterCount == 9 && net.layers[1].parameterCount == 3 && net.parameterCount == 12)
        #expect(!net.layers[1].hasBias && net.layers[1].biases == [0])
    }

    /// The notes' solution, with the engine's mean reduction: ∂L/∂ŷ_i = 2(ŷ_i − y_i)/N, ∂L/∂α_j = Σ_i ∂L/∂ŷ_i u_ij,
    /// ∂L/∂z_ij = ∂L/∂ŷ_i α_j exp(z_ij), ∂L/∂W_jk = Σ_i ∂L/∂z_ij x_ik, ∂L/∂b_j = Σ_i ∂L/∂z_ij — by plain loops.
    @Test func problem2GradientsFollowTheNotesSolution() throws {
        let net = Self.problem2()
        let x = Matrix([[0.5, -1], [1, 0.25], [-0.75, 0.5], [0, 1.5]])
        let y = [1.0, -0.5, 2, 0.3]
        let n = Double(x.rows)
        let (_, g) = try net.lossAndGradients(inputs: x, targets: y, loss: .mse)
        let w = net.layers[0].weights, b = net.layers[0].biases, alpha = net.layers[1].weights
        var dAlpha = [Double](repeating: 0, count: 3), dW = Matrix(rows: 3, columns: 2), dB = [Double](repeating: 0, count: 3)
        for i in 0..<x.rows {
            let z = (0..<3).map { j in w[j, 0] * x[i, 0] + w[j, 1] * x[i, 1] + b[j] }
            let u = z.map { Foundation.exp($0) }
            let yHat = (0..<3).reduce(0.0) { $0 + alpha[0, $1] * u[$1] }
            let dYHat = 2 * (yHat - y[i]) / n
            for j in 0..<3 {
                dAlpha[j] += dYHat * u[j]
                let dz = dYHat * alpha[0, j] * Foundation.exp(z[j])
                dB[j] += dz
                for k in 0..<2 { dW[j, k] += dz * x[i, k] }
            }
        }
        let close = { (a: [Double], e: [Double]) in zip(a, e).allSatisfy { abs($0 - $1) <= 1e-12 * max(1, abs($1)) } }
        #expect(close(g.weights[1].storage, dAlpha))
        #expect(close(g.weights[0].storage, dW.storage))
        #expect(close(g.biases[0], dB))
        #expect(g.biases[1] == [0])
    }

    @Test(arguments: [1, 4])
    func problem2GradientsMatchFiniteDifferences(points: Int) throws {
        let net = Self.problem2(seed: UInt64(points))
        let x = Matrix(rows: points, columns: 2, storage: (0..<(2 * points)).map { Double($0 % 5) * 0.3 - 0.6 })
        let y = (0..<points).map { 0.5 * Double($0) - 0.2 }
        let (_, g) = try net.lossAndGradients(inputs: x, targets: y, loss: .mse)
        let worst = try FiniteDifference.worstError(net, g, x, y, .mse)
        #expect(worst < 1e-6)
    }

    @Test(arguments: OptimizerKind.allCases)
    func trainingNeverMovesABiasThatDoesNotExist(optimizer: OptimizerKind) throws {
        var net = Self.problem2()
        net.layers[0] = DenseLayer(weights: net.layers[0].weights, activation: .exp)
        let data = Dataset(inputs: Matrix([[0.1, 0.2], [0.5, -0.3], [-0.4, 0.8], [0.9, 0.9]]), targets: [0.5, 1, -1, 2])
        let config = TrainingConfig(loss: .mse, optimizer: optimizer, learningRate: 0.01, epochs: 20, seed: 3)
        let (trained, history) = try Trainer(config: config).train(net, on: data)
        #expect(trained.layers.allSatisfy { !$0.hasBias && $0.biases.allSatisfy { $0 == 0 } })
        #expect(trained.layers[0].weights != net.layers[0].weights)
        #expect(history.trainLoss.last ?? .infinity < history.trainLoss[0])
    }

    @Test func backwardPassKeepsTheErrorArrivingAtEachLayer() throws {
        let net = Self.problem2()
        let x = Matrix([[0.5, -1], [1, 0.25]])
        let pass = try net.backwardPass(inputs: x, targets: [1, 2], loss: .mse)
        #expect(pass.layers[1].outputGradient == nil && pass.layers[1].biasGradient == nil)
        let upstream = try #require(pass.layers[0].outputGradient)
        let alpha = net.layers[1].weights
        for i in 0..<2 {
            for j in 0..<3 {
                // ∂L/∂u_ij = δ^O_i α_j, and δ^H_ij = ∂L/∂u_ij · exp(z_ij).
                #expect(upstream[i, j] == pass.layers[1].errorTerm[i, 0] * alpha[0, j])
                let expected = upstream[i, j] * Foundation.exp(pass.forward.layers[0].z[i, j])
                #expect(abs(pass.layers[0].errorTerm[i, j] - expected) <= 1e-14 * max(1, abs(expected)))
            }
        }
        #expect(pass.gradients == (try net.lossAndGradients(inputs: x, targets: [1, 2], loss: .mse)).gradients)
    }

    /// `gradientStep` is the update of one full-batch epoch of sgd training, bit for bit.
    @Test func gradientStepIsOneEpochOfSGD() throws {
        let net = Self.problem2()
        let data = Dataset(inputs: Matrix([[0.5, -1], [1, 0.25], [-0.75, 0.5]]), targets: [1, -0.5, 2])
        let (_, g) = try net.lossAndGradients(inputs: data.inputs, targets: data.targets, loss: .mse)
        let stepped = net.gradientStep(g, learningRate: 0.05)
        let config = TrainingConfig(loss: .mse, optimizer: .sgd, learningRate: 0.05, epochs: 1)
        let trained = try Trainer(config: config).train(net, on: data).network
        #expect(stepped == trained)
        #expect(stepped.layers[0].weights[0, 0] == net.layers[0].weights[0, 0] - 0.05 * g.weights[0][0, 0])
    }
}

/// Exp units under every output / loss pairing, with and without output bias (weights kept small: exp of exp
/// grows fast, and a finite difference of a huge loss says nothing).
@Suite struct ExpGradientCheckTests {
    static let heads: [(Activation, Int, LossKind)] = [
        (.identity, 1, .mse), (.sigmoid, 1, .mse), (.sigmoid, 1, .bce), (.softmax, 3, .crossEntropy),
    ]

    @Test(arguments: heads.indices, [true, false])
    func expNetsMatchFiniteDifferences(headIndex: Int, outputBias: Bool) throws {
        let (output, units, loss) = Self.heads[headIndex]
        var net = TestNetworks.random(inputs: 2, hidden: [3, 2], hiddenActivation: .exp, outputs: units, output: output,
                                      seed: UInt64(headIndex + 20))
        for l in net.layers.indices { net.layers[l].weights.storage = net.layers[l].weights.storage.map { 0.4 * $0 } }
        if !outputBias { net.layers[2] = DenseLayer(weights: net.layers[2].weights, activation: output) }
        let x = TestNetworks.randomMatrix(rows: 5, columns: 2, seed: 3)
        let y = TestNetworks.targets(count: 5, loss: loss, classes: units == 1 ? 2 : units, seed: 5)
        let (_, g) = try net.lossAndGradients(inputs: x, targets: y, loss: loss)
        let worst = try FiniteDifference.worstError(net, g, x, y, loss)
        #expect(worst < 1e-6, "exp × \(output.name) × \(loss.rawValue), output bias \(outputBias): \(worst)")
        #expect(outputBias || g.biases[2].allSatisfy { $0 == 0 })
    }
}
