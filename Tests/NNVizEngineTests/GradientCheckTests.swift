import Testing
import NNVizTestSupport
import NNVizEngine

/// Back-propagation against central finite differences of the plain forward pass + `Loss.value`.
@Suite struct GradientCheckTests {
    static let hidden: [Activation] = [.relu, .leakyReLU(slope: 0.01), .leakyReLU(slope: 0.3), .sigmoid, .tanh, .identity]
    /// (output map, units, loss): every compatible pairing.
    static let heads: [(Activation, Int, LossKind)] = [
        (.identity, 1, .mse), (.sigmoid, 1, .mse), (.sigmoid, 1, .bce), (.softmax, 3, .crossEntropy), (.softmax, 2, .crossEntropy),
    ]

    @Test(arguments: hidden.indices, heads.indices)
    func backpropagationMatchesFiniteDifferences(hiddenIndex: Int, headIndex: Int) throws {
        let (output, units, loss) = Self.heads[headIndex]
        let seed = UInt64(100 * hiddenIndex + headIndex)
        let net = TestNetworks.random(inputs: 3, hidden: [4, 3], hiddenActivation: Self.hidden[hiddenIndex],
                                      outputs: units, output: output, seed: seed)
        let x = TestNetworks.randomMatrix(rows: 6, columns: 3, seed: seed + 7)
        let y = TestNetworks.targets(count: 6, loss: loss, classes: units == 1 ? 2 : units, seed: seed + 11)
        let (value, gradients) = try net.lossAndGradients(inputs: x, targets: y, loss: loss)
        #expect(abs(value - (try net.loss(inputs: x, targets: y, loss: loss))) <= 1e-12 * max(1, abs(value)))
        var worst = 0.0
        for l in net.layers.indices {
            for i in net.layers[l].weights.storage.indices {
                let numeric = try centralDifference(net, x, y, loss) { $0.layers[l].weights.storage[i] += $1 }
                worst = max(worst, relativeError(gradients.weights[l].storage[i], numeric))
            }
            for j in net.layers[l].biases.indices {
                let numeric = try centralDifference(net, x, y, loss) { $0.layers[l].biases[j] += $1 }
                worst = max(worst, relativeError(gradients.biases[l][j], numeric))
            }
        }
        #expect(worst < 1e-6, "\(Self.hidden[hiddenIndex].name) × \(output.name) × \(loss.rawValue): \(worst)")
    }

    private func centralDifference(_ net: Network, _ x: Matrix, _ y: [Double], _ loss: LossKind,
                                   nudge: (inout Network, Double) -> Void) throws -> Double {
        try FiniteDifference.central(net, x, y, loss, nudge: nudge)
    }

    private func relativeError(_ a: Double, _ n: Double) -> Double { FiniteDifference.relativeError(a, n) }

    @Test func stepUnitsAreRefusedWithTheHouseMessage() throws {
        let net = TestNetworks.random(inputs: 2, hidden: [3], hiddenActivation: .step, outputs: 1, output: .sigmoid, seed: 1)
        let x = TestNetworks.randomMatrix(rows: 4, columns: 2, seed: 2)
        #expect(throws: TrainingError.stepUnitsNotTrainable(layer: 0)) {
            _ = try net.lossAndGradients(inputs: x, targets: [0, 1, 0, 1], loss: .bce)
        }
        let message = TrainingError.stepUnitsNotTrainable(layer: 0).description
        #expect(message.contains("step units have zero gradient; they are for hand-set weights"))
        let stepOut = TestNetworks.random(inputs: 2, hidden: [3], hiddenActivation: .relu, outputs: 1, output: .step, seed: 1)
        #expect(throws: TrainingError.stepUnitsNotTrainable(layer: 1)) { try stepOut.checkTrainable(loss: .mse) }
    }

    @Test func errorTermsFollowTheSeedsRecursion() throws {
        let net = TestNetworks.random(inputs: 2, hidden: [3, 4], hiddenActivation: .tanh, outputs: 3, output: .softmax, seed: 9)
        let x = TestNetworks.randomMatrix(rows: 5, columns: 2, seed: 10)
        let y: [Double] = [0, 2, 1, 1, 0]
        let deltas = try net.errorTerms(inputs: x, targets: y, loss: .crossEntropy)
        let pass = net.forward(x)
        let top = Loss.gradient(.crossEntropy, logits: pass.outputLogits, targets: y, output: .softmax)
        #expect(deltas.count == 3 && deltas[2] == top)
        // δ_{l−1} = (δ_l · W_l) ⊙ tanh′(Z_{l−1}) and ∂L/∂W_l = δ_lᵀ · U_{l−1}, by plain loops.
        let grads = try net.lossAndGradients(inputs: x, targets: y, loss: .crossEntropy).gradients
        for l in 1..<3 {
            let w = net.layers[l].weights
            for r in 0..<5 {
                for k in 0..<w.columns {
                    var e = 0.0
                    for j in 0..<w.rows { e += deltas[l][r, j] * w[j, k] }
                    let expected = e * Activation.tanh.derivative(pass.layers[l - 1].z[r, k])
                    #expect(abs(deltas[l - 1][r, k] - expected) <= 1e-12)
                }
            }
            for j in 0..<w.rows {
                for k in 0..<w.columns {
                    let expected = (0..<5).reduce(0.0) { $0 + deltas[l][$1, j] * pass.layers[l - 1].u[$1, k] }
                    #expect(abs(grads.weights[l][j, k] - expected) <= 1e-12)
                }
            }
        }
    }
}
