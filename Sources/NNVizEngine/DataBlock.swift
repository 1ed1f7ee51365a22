/// A block of data rows with its targets and a workspace for forward / backward passes over them.
final class DataBlock {
    let rows: Int
    let columns: Int
    var capacity: Int { workspace.capacity }
    private(set) var inputs: [Double]
    private(set) var targets: [Double]
    private let workspace: BackpropWorkspace
    private var lastRows = 0

    /// A block holding `inputs` (rows × columns) and their targets.
    init(layout: ParameterLayout, inputs: Matrix, targets: [Double]) {
        rows = inputs.rows
        columns = inputs.columns
        self.inputs = inputs.storage
        self.targets = targets
        workspace = BackpropWorkspace(layout: layout, capacity: inputs.rows)
    }

    /// An empty block for up to `rows` rows (a mini-batch buffer filled by `gather`).
    init(layout: ParameterLayout, rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        inputs = [Double](repeating: 0, count: rows * columns)
        targets = [Double](repeating: 0, count: rows)
        workspace = BackpropWorkspace(layout: layout, capacity: rows)
    }

    /// Copies the given rows of `source` into the first `rows.count` rows of this block, in order.
    func gather(from source: DataBlock, rows selection: ArraySlice<Int>) {
        let c = columns
        for (i, r) in selection.enumerated() {
            for k in 0..<c { inputs[i * c + k] = source.inputs[r * c + k] }
            targets[i] = source.targets[r]
        }
    }

    /// The mean loss of the first `rows` rows; fills `gradient` with ∂L/∂θ when it is given.
    func evaluate(_ parameters: [Double], rows: Int, loss: LossKind, gradient: UnsafeMutablePointer<Double>?) -> Double {
        lastRows = rows
        return parameters.withUnsafeBufferPointer { pb in
            inputs.withUnsafeBufferPointer { xb in
                targets.withUnsafeBufferPointer { tb in
                    guard let p = pb.baseAddress, let x = xb.baseAddress, let t = tb.baseAddress else { return .nan }
                    return workspace.run(p, input: x, targets: t, rows: rows, loss: loss, gradient: gradient)
                }
            }
        }
    }

    /// `evaluate` writing the gradient into an array.
    func evaluate(_ parameters: [Double], rows: Int, loss: LossKind, gradient: inout [Double]) -> Double {
        gradient.withUnsafeMutableBufferPointer { gb in
            evaluate(parameters, rows: rows, loss: loss, gradient: gb.baseAddress)
        }
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
