/// Every layer's pre-activations z and activations u for a batch, as the worked tables show them.
///
/// Contract: `layers[l].z` and `layers[l].u` are batch × units(l); `output` is `layers.last!.u`
/// (softmax / sigmoid / step applied for the output layer).
public struct ForwardPass: Sendable {
    public struct LayerValues: Sendable {
        public var z: Matrix
        public var u: Matrix
    }
    public var input: Matrix
    public var layers: [LayerValues]
    public var output: Matrix { layers[layers.count - 1].u }
    public var outputLogits: Matrix { layers[layers.count - 1].z }
}

extension Network {
    /// The batch forward pass Z = A·Wᵀ + B, U = g(Z), layer by layer; X is batch × inputs.
    public func forward(_ x: Matrix) -> ForwardPass {
        var values: [ForwardPass.LayerValues] = []
        values.reserveCapacity(layers.count)
        var a = x
        for layer in layers {
            let z = LinearAlgebra.affine(a, layer.weights, layer.biases)
            let u = Network.activate(z, layer.activation)
            values.append(.init(z: z, u: u))
            a = u
        }
        return ForwardPass(input: x, layers: values)
    }

    /// The output for one input point.
    public func predict(_ point: [Double]) -> [Double] {
        forward(Matrix([point])).output.row(0)
    }

    /// The predicted class of an output row: argmax for softmax, threshold 0.5 for sigmoid, the value for step.
    public func predictedClass(output: [Double]) -> Int? {
        switch outputActivation {
        case .softmax:
            return output.indices.max { output[$0] < output[$1] }
        case .sigmoid:
            return output[0] >= 0.5 ? 1 : 0
        case .step:
            return output[0] >= 0.5 ? 1 : 0
        default:
            return nil
        }
    }

    /// U = g(Z), element-wise, or row-wise for softmax.
    static func activate(_ z: Matrix, _ activation: Activation) -> Matrix {
        var u = Matrix(rows: z.rows, columns: z.columns)
        guard !z.storage.isEmpty else { return u }
        z.storage.withUnsafeBufferPointer { zb in
            u.storage.withUnsafeMutableBufferPointer { ub in
                guard let zp = zb.baseAddress, let up = ub.baseAddress else { return }
                activation.apply(zp, into: up, rows: z.rows, width: z.columns)
            }
        }
        return u
    }
}
