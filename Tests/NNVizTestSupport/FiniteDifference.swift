import NNVizEngine

/// Central finite differences of the plain forward pass + `Loss.value`: the independent truth gradient tests use.
public enum FiniteDifference {
    /// (L(θ + h) − L(θ − h)) / 2h for the parameter `nudge` moves, h = 1e-5.
    public static func central(_ net: Network, _ x: Matrix, _ y: [Double], _ loss: LossKind,
                               nudge: (inout Network, Double) -> Void) throws -> Double {
        let h = 1e-5
        var plus = net, minus = net
        nudge(&plus, h)
        nudge(&minus, -h)
        return (try plus.loss(inputs: x, targets: y, loss: loss) - (try minus.loss(inputs: x, targets: y, loss: loss))) / (2 * h)
    }

    /// |a − n| / max(|a|, |n|), less an absolute allowance of 1e-10 for the rounding of the difference quotient
    /// itself (≈ ε·|L|/h with h = 1e-5), so tiny entries are not judged by noise.
    public static func relativeError(_ a: Double, _ n: Double) -> Double {
        max(abs(a - n) - 1e-10, 0) / max(abs(a), abs(n), 1e-300)
    }

    /// The largest relative error between `gradients` and central differences, over every weight and every
    /// bias of a layer that has one.
    public static func worstError(_ net: Network, _ gradients: Gradients, _ x: Matrix, _ y: [Double],
                                  _ loss: LossKind) throws -> Double {
        var worst = 0.0
        for l in net.layers.indices {
            for i in net.layers[l].weights.storage.indices {
                let numeric = try central(net, x, y, loss) { $0.layers[l].weights.storage[i] += $1 }
                worst = max(worst, relativeError(gradients.weights[l].storage[i], numeric))
            }
            for j in net.layers[l].biases.indices where net.layers[l].hasBias {
                let numeric = try central(net, x, y, loss) { $0.layers[l].biases[j] += $1 }
                worst = max(worst, relativeError(gradients.biases[l][j], numeric))
            }
        }
        return worst
    }
}
