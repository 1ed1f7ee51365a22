/// The buffers of one forward + backward pass over up to `capacity` rows, reused every step so training
/// allocates nothing per epoch. Works on a flat parameter vector in `ParameterLayout` order.
///
/// The forward pass keeps every layer's z and u (u is not formed for the output layer: the losses work on
/// the logits z^O). The backward pass is the seeds' recursion, vectorised over the batch:
/// δ^O = ∂L/∂Z^O, ∂L/∂W_l = δ_lᵀ·U_{l−1}, ∂L/∂b_l = column sums of δ_l (0 for a layer without bias),
/// ∂L/∂U_{l−1} = δ_l·W_l, δ_{l−1} = ∂L/∂U_{l−1} ⊙ g′(Z_{l−1}).
final class BackpropWorkspace<T: TrainingScalar> {
    let layout: ParameterLayout
    let capacity: Int
    private let z: [UnsafeMutablePointer<T>]
    private let u: [UnsafeMutablePointer<T>]
    private let delta: [UnsafeMutablePointer<T>]
    /// ∂L/∂U_l of every hidden layer, kept only when asked (`keepsOutputGradients`); empty otherwise.
    private let upstream: [UnsafeMutablePointer<T>]

    init(layout: ParameterLayout, capacity: Int, keepsOutputGradients: Bool = false) {
        self.layout = layout
        self.capacity = capacity
        func buffers(_ layers: ArraySlice<ParameterLayout.Layer>) -> [UnsafeMutablePointer<T>] {
            layers.map {
                let p = UnsafeMutablePointer<T>.allocate(capacity: max(1, capacity * $0.units))
                p.initialize(repeating: 0, count: max(1, capacity * $0.units))
                return p
            }
        }
        let all = layout.layers[...]
        z = buffers(all)
        u = buffers(all)
        delta = buffers(all)
        upstream = keepsOutputGradients ? buffers(all.dropLast()) : []
    }

    deinit {
        for p in z + u + delta + upstream { p.deallocate() }
    }

    /// The logits Z^O of the last `forward` (rows × output units).
    var logits: UnsafePointer<T> { UnsafePointer(z[z.count - 1]) }

    /// Forward pass over `rows` rows of `x` (rows × inputs).
    func forward(_ p: UnsafePointer<T>, input x: UnsafePointer<T>, rows: Int) {
        precondition(rows <= capacity, "batch larger than the workspace")
        var a = x
        for (l, layer) in layout.layers.enumerated() {
            LinearAlgebra.affine(a, rows: rows, inputs: layer.inputs, weights: p + layer.weightOffset,
                                 biases: p + layer.biasOffset, units: layer.units, into: z[l])
            if l < layout.layers.count - 1 {
                layer.activation.apply(z[l], into: u[l], rows: rows, width: layer.units)
                a = UnsafePointer(u[l])
            }
        }
    }

    /// Forward pass, then the mean loss (returned) and, if `gradient` is given, ∂L/∂θ written there.
    func run(_ p: UnsafePointer<T>, input x: UnsafePointer<T>, targets: UnsafePointer<T>, rows: Int,
             loss: LossKind, gradient: UnsafeMutablePointer<T>?) -> Double {
        forward(p, input: x, rows: rows)
        let out = layout.layers[layout.layers.count - 1]
        let scale = 1 / T(rows)
        let total = Loss.batch(loss, output: out.activation, logits: logits, rows: rows, width: out.units,
                               targets: targets, scale: scale, gradient: gradient == nil ? nil : delta[delta.count - 1])
        if let gradient { backward(p, input: x, rows: rows, into: gradient) }
        return total / Double(rows)
    }

    private func backward(_ p: UnsafePointer<T>, input x: UnsafePointer<T>, rows: Int,
                          into g: UnsafeMutablePointer<T>) {
        for l in stride(from: layout.layers.count - 1, through: 0, by: -1) {
            let layer = layout.layers[l]
            let a = l == 0 ? x : UnsafePointer(u[l - 1])
            LinearAlgebra.weightGradient(delta: delta[l], input: a, rows: rows, units: layer.units,
                                         inputs: layer.inputs, into: g + layer.weightOffset)
            if layer.hasBias {
                LinearAlgebra.columnSums(delta[l], rows: rows, units: layer.units, into: g + layer.biasOffset)
            } else {
                (g + layer.biasOffset).update(repeating: 0, count: layer.units)
            }
            guard l > 0 else { continue }
            LinearAlgebra.backpropagate(delta: delta[l], weights: p + layer.weightOffset, rows: rows,
                                        units: layer.units, inputs: layer.inputs, into: delta[l - 1])
            if !upstream.isEmpty { upstream[l - 1].update(from: delta[l - 1], count: rows * layer.inputs) }
            layout.layers[l - 1].activation.multiplyByDerivative(
                delta[l - 1], z: z[l - 1], u: u[l - 1], count: rows * layout.layers[l - 1].units)
        }
    }

    /// δ_l = ∂L/∂Z_l of the last `run` with a gradient, for every layer (rows × units(l), row-major).
    func errorTerms(rows: Int) -> [[T]] {
        layout.layers.indices.map { l in
            Array(UnsafeBufferPointer(start: delta[l], count: rows * layout.layers[l].units))
        }
    }

    /// ∂L/∂U_l of the last `run` with a gradient, for every hidden layer (rows × units(l)); empty unless the
    /// workspace was made with `keepsOutputGradients`.
    func outputGradients(rows: Int) -> [[T]] {
        upstream.indices.map { l in Array(UnsafeBufferPointer(start: upstream[l], count: rows * layout.layers[l].units)) }
    }

    /// How many of the last forward pass's `rows` rows are classified correctly: one unit → class 1 where
    /// z ≥ 0 (σ(z) ≥ 0.5); several units → the first largest logit.
    func correctCount(targets: UnsafePointer<T>, rows: Int) -> Int {
        let width = layout.layers[layout.layers.count - 1].units
        var correct = 0
        for i in 0..<rows {
            let row = logits + i * width
            var predicted = 0
            if width == 1 {
                predicted = row[0] >= 0 ? 1 : 0
            } else {
                for k in 1..<width where row[k] > row[predicted] { predicted = k }
            }
            if T(predicted) == targets[i] { correct += 1 }
        }
        return correct
    }
}
