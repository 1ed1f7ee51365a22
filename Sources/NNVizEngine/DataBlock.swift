/// A block of data rows with its targets and a workspace for forward / backward passes over them, in the
/// arithmetic type T. Parameters and gradients cross the boundary as `[Double]` (the master copy).
final class DataBlock<T: TrainingScalar> {
    let rows: Int
    let columns: Int
    var capacity: Int { workspace.capacity }
    private var inputs: [T]
    private var targets: [T]
    private var parameters: [T]
    private var gradient: [T]
    private let workspace: BackpropWorkspace<T>
    private var lastRows = 0

    /// A block holding `inputs` (rows × columns) and their targets.
    convenience init(layout: ParameterLayout, inputs: Matrix, targets: [Double]) {
        self.init(layout: layout, rows: inputs.rows, columns: inputs.columns)
        self.inputs = inputs.storage.map { T($0) }
        self.targets = targets.map { T($0) }
    }

    /// An empty block for up to `rows` rows (a mini-batch buffer filled by `gather`).
    init(layout: ParameterLayout, rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        inputs = [T](repeating: 0, count: rows * columns)
        targets = [T](repeating: 0, count: rows)
        parameters = [T](repeating: 0, count: layout.count)
        gradient = [T](repeating: 0, count: layout.count)
        workspace = BackpropWorkspace<T>(layout: layout, capacity: rows)
    }

    /// Copies the given rows of `source` into the first `rows.count` rows of this block, in order.
    func gather(from source: DataBlock<T>, rows selection: ArraySlice<Int>) {
        let c = columns
        for (i, r) in selection.enumerated() {
            for k in 0..<c { inputs[i * c + k] = source.inputs[r * c + k] }
            targets[i] = source.targets[r]
        }
    }

    /// The mean loss of the first `rows` rows with the parameters `theta`; when `wantGradient`, ∂L/∂θ is
    /// written into `gradientOut` (same count as `theta`).
    func evaluate(_ theta: [Double], rows: Int, loss: LossKind, gradientOut: inout [Double], wantGradient: Bool) -> Double {
        lastRows = rows
        for i in theta.indices { parameters[i] = T(theta[i]) }
        let value = parameters.withUnsafeBufferPointer { pb in
            inputs.withUnsafeBufferPointer { xb in
                targets.withUnsafeBufferPointer { tb in
                    gradient.withUnsafeMutableBufferPointer { gb in
                        guard let p = pb.baseAddress, let x = xb.baseAddress, let t = tb.baseAddress,
                              let g = gb.baseAddress else { return Double.nan }
                        return workspace.run(p, input: x, targets: t, rows: rows, loss: loss,
                                             gradient: wantGradient ? g : nil)
                    }
                }
            }
        }
        if wantGradient { for i in gradient.indices { gradientOut[i] = Double(gradient[i]) } }
        return value
    }

    /// The fraction of the rows of the last `evaluate` that are classified correctly.
    func accuracy() -> Double {
        guard lastRows > 0 else { return 0 }
        let correct = targets.withUnsafeBufferPointer { tb in
            tb.baseAddress.map { workspace.correctCount(targets: $0, rows: lastRows) } ?? 0
        }
        return Double(correct) / Double(lastRows)
    }
}
