import NNVizEngine

/// The local linear model of a piecewise-linear network at one input point.
///
/// Contract: for a point strictly inside a region, `pattern` is the region's activation pattern (DESIGN §3 bits)
/// and the output pre-activations satisfy z^O(y) = `outputGradient[k]`·y + `outputConstant[k]` for every y of the
/// region. Computed by forward-mode propagation of (value, Jacobian) through the hidden layers: exact up to rounding.
public struct LocalAffineModel: Equatable, Sendable {
    public var pattern: [Bool]
    /// outputGradient[k][i] = ∂z^O_k / ∂x_i on the region.
    public var outputGradient: [[Double]]
    /// outputConstant[k] = z^O_k(0) of the region's affine extension.
    public var outputConstant: [Double]
    /// z^O at the point itself.
    public var outputValue: [Double]

    /// Evaluates the network's hidden layers and output pre-activations at `point` (count = network.inputCount).
    public init(network: Network, at point: [Double]) {
        let d = point.count
        var value = point
        var jac = (0..<d).map { i in (0..<d).map { $0 == i ? 1.0 : 0.0 } }  // jac[unit][input]
        var bits: [Bool] = []
        for (l, layer) in network.layers.enumerated() {
            var z = [Double](repeating: 0, count: layer.units)
            var zj = [[Double]](repeating: [Double](repeating: 0, count: d), count: layer.units)
            for j in 0..<layer.units {
                var s = layer.biases[j]
                for k in 0..<layer.inputs {
                    let w = layer.weights[j, k]
                    s += w * value[k]
                    for i in 0..<d { zj[j][i] += w * jac[k][i] }
                }
                z[j] = s
            }
            if l == network.layers.count - 1 {
                outputValue = z
                outputGradient = zj
                outputConstant = (0..<layer.units).map { j in
                    z[j] - (0..<d).reduce(0) { $0 + zj[j][$1] * point[$1] }
                }
                pattern = bits
                return
            }
            let act = layer.activation
            for j in 0..<layer.units {
                let slope = Self.slope(act, z[j])
                if act.contributesPatternBits { bits.append(act.isOn(z[j])) }
                z[j] = act.apply(z[j])
                for i in 0..<d { zj[j][i] *= slope }
            }
            value = z
            jac = zj
        }
        pattern = bits
        outputGradient = []
        outputConstant = []
        outputValue = []
    }

    /// The derivative of a piecewise-linear activation on the open piece containing z (step: 0).
    static func slope(_ act: Activation, _ z: Double) -> Double {
        switch act {
        case .relu: return z > 0 ? 1 : 0
        case .leakyReLU(let s): return z > 0 ? 1 : s
        case .step: return 0
        default: return act.derivative(z)
        }
    }
}
