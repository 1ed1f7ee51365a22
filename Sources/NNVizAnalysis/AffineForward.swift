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
        var jac = [Double](repeating: 0, count: d * d)  // jac[unit * d + input]
        for i in 0..<d { jac[i * d + i] = 1 }
        var bits: [Bool] = []
        var z: [Double] = [], zj: [Double] = []
        for (l, layer) in network.layers.enumerated() {
            let n = layer.units, m = layer.inputs
            z = layer.biases
            zj = [Double](repeating: 0, count: n * d)
            layer.weights.storage.withUnsafeBufferPointer { w in
                for j in 0..<n {
                    var s = z[j]
                    for k in 0..<m {
                        let wk = w[j * m + k]
                        s += wk * value[k]
                        for i in 0..<d { zj[j * d + i] += wk * jac[k * d + i] }
                    }
                    z[j] = s
                }
            }
            if l == network.layers.count - 1 { break }
            let act = layer.activation
            for j in 0..<n {
                let slope = Self.slope(act, z[j])
                if act.contributesPatternBits { bits.append(act.isOn(z[j])) }
                z[j] = act.apply(z[j])
                for i in 0..<d { zj[j * d + i] *= slope }
            }
            value = z
            jac = zj
        }
        pattern = bits
        outputValue = z
        outputGradient = (0..<z.count).map { j in Array(zj[(j * d)..<((j + 1) * d)]) }
        outputConstant = (0..<z.count).map { j in z[j] - (0..<d).reduce(0) { $0 + zj[j * d + $1] * point[$1] } }
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
