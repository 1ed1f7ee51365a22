import NNVizEngine

/// `LocalAffineModel` for many points of a two-input network without allocating per point: the same
/// forward-mode arithmetic, in the same order (so the maps are bit for bit those of `LocalAffineModel`), into
/// buffers kept between calls. The assembler uses it for the exact output map of every face.
struct FaceMapEvaluator {
    private let network: Network
    private var value: [Double]
    private var jac: [Double]
    private var z: [Double]
    private var zj: [Double]
    /// The pattern bits of the last point, DESIGN §3 order.
    private(set) var pattern: [Bool] = []

    init(network: Network) {
        self.network = network
        let widest = network.layers.map(\.units).max() ?? 0
        value = [Double](repeating: 0, count: max(widest, 2))
        jac = [Double](repeating: 0, count: 2 * max(widest, 2))
        z = value
        zj = jac
    }

    /// Evaluates the network at (x, y); writes (a1, a2, c) of every output's pre-activation map to `maps` at
    /// `offset`, `offset + 3`, … and keeps the point's pattern in `pattern`.
    mutating func evaluate(_ x: Double, _ y: Double, into maps: inout [Double], at offset: Int) {
        pattern.removeAll(keepingCapacity: true)
        var n = 0
        let last = network.layers.count - 1
        value.withUnsafeMutableBufferPointer { vb in
        jac.withUnsafeMutableBufferPointer { jb in
        z.withUnsafeMutableBufferPointer { zb in
        zj.withUnsafeMutableBufferPointer { zjb in
            guard var value = vb.baseAddress, var jac = jb.baseAddress, var z = zb.baseAddress,
                  var zj = zjb.baseAddress else { return }
            value[0] = x; value[1] = y
            jac[0] = 1; jac[1] = 0; jac[2] = 0; jac[3] = 1
            for (l, layer) in network.layers.enumerated() {
                n = layer.units
                let m = layer.inputs
                layer.weights.storage.withUnsafeBufferPointer { wb in
                    layer.biases.withUnsafeBufferPointer { bb in
                        guard let w = wb.baseAddress, let b = bb.baseAddress else { return }
                        for j in 0..<n {
                            var s = b[j], g0 = 0.0, g1 = 0.0
                            for k in 0..<m {
                                let wk = w[j * m + k]
                                s += wk * value[k]
                                g0 += wk * jac[2 * k]
                                g1 += wk * jac[2 * k + 1]
                            }
                            z[j] = s; zj[2 * j] = g0; zj[2 * j + 1] = g1
                        }
                    }
                }
                if l == last { break }
                let act = layer.activation
                switch act {
                case .relu, .leakyReLU:
                    // The same slopes and values as `LocalAffineModel.slope` and `Activation.apply`, without a
                    // call per unit.
                    let off: Double = if case .leakyReLU(let s) = act { s } else { 0 }, leaky = act != .relu
                    for j in 0..<n {
                        let on = z[j] > 0, slope = on ? 1 : off
                        pattern.append(on)
                        z[j] = on ? z[j] : (leaky ? off * z[j] : 0)
                        zj[2 * j] *= slope
                        zj[2 * j + 1] *= slope
                    }
                case .identity:
                    break
                default:
                    let bits = act.contributesPatternBits
                    for j in 0..<n {
                        let slope = LocalAffineModel.slope(act, z[j])
                        if bits { pattern.append(act.isOn(z[j])) }
                        z[j] = act.apply(z[j])
                        zj[2 * j] *= slope
                        zj[2 * j + 1] *= slope
                    }
                }
                swap(&value, &z)
                swap(&jac, &zj)
            }
            for k in 0..<n {
                maps[offset + 3 * k] = zj[2 * k]
                maps[offset + 3 * k + 1] = zj[2 * k + 1]
                maps[offset + 3 * k + 2] = z[k] - (0 + zj[2 * k] * x + zj[2 * k + 1] * y)
            }
        }
        }
        }
        }
    }
}
