import Foundation

/// The losses in the seeds' forms, always on the output layer's pre-activations z^O (the logits).
///
/// Per data point i (one target y_i each):
/// - `mse`: (ŷ_i − y_i)², ŷ = z^O (identity output) or σ(z^O) (sigmoid output); one output unit.
/// - `bce`: ln(1 + e^z) − y·z on the logit z = z^O (sigmoid output, one unit, y ∈ {0, 1}),
///   computed as max(z, 0) + ln(1 + e^−|z|) − y·z, finite for every finite z.
/// - `cross-entropy`: ln Σ_k e^(z_k) − z_y on the logits (softmax output, K ≥ 2 units, y a class index
///   0..<K stored as a Double), with the log-sum-exp shifted by max_k z_k.
///
/// Reduction: the **mean over the batch**, L = (1/N) Σ_i loss_i, for the value and the gradient alike.
public enum Loss {
    /// How per-point losses are combined (shown next to loss curves).
    public static let reduction = "mean over the batch"

    /// Throws `.incompatibleLoss` unless the loss fits the output map and unit count (see `TrainingError.pairingRule`).
    public static func validate(_ loss: LossKind, output: Activation, outputUnits: Int) throws(TrainingError) {
        let fits: Bool
        switch loss {
        case .mse: fits = (output == .identity || output == .sigmoid) && outputUnits == 1
        case .bce: fits = output == .sigmoid && outputUnits == 1
        case .crossEntropy: fits = output == .softmax && outputUnits >= 2
        }
        if !fits { throw .incompatibleLoss(loss: loss, output: output, outputUnits: outputUnits) }
    }

    /// Throws `.invalidTarget` for the first target the loss cannot use (bce: 0 or 1; cross-entropy: an
    /// integer class index 0..<outputUnits; mse: any finite number).
    public static func validateTargets(_ targets: [Double], loss: LossKind, outputUnits: Int) throws(TrainingError) {
        for (i, y) in targets.enumerated() {
            let ok: Bool
            switch loss {
            case .mse: ok = y.isFinite
            case .bce: ok = y == 0 || y == 1
            case .crossEntropy: ok = y >= 0 && y < Double(outputUnits) && y == y.rounded()
            }
            if !ok { throw .invalidTarget(index: i, value: y, loss: loss, classes: outputUnits) }
        }
    }

    /// The mean loss of the logits Z^O (batch × units) against one target per row.
    /// Contract: the pairing and targets are valid (`validate`, `validateTargets`); `logits.rows == targets.count > 0`.
    public static func value(_ loss: LossKind, logits: Matrix, targets: [Double], output: Activation) -> Double {
        evaluate(loss, logits: logits, targets: targets, output: output, wantGradient: false).value
    }

    /// ∂L/∂Z^O (batch × units) of the mean loss: (σ(z) − y)/N for bce, (softmax(z) − onehot(y))/N for
    /// cross-entropy, 2(ŷ − y)/N (times σ′(z) for a sigmoid output) for mse. Same contract as `value`.
    public static func gradient(_ loss: LossKind, logits: Matrix, targets: [Double], output: Activation) -> Matrix {
        evaluate(loss, logits: logits, targets: targets, output: output, wantGradient: true).gradient
    }

    private static func evaluate(_ loss: LossKind, logits: Matrix, targets: [Double], output: Activation,
                                 wantGradient: Bool) -> (value: Double, gradient: Matrix) {
        precondition(logits.rows == targets.count && logits.rows > 0, "one target per row of logits")
        var gradient = Matrix(rows: logits.rows, columns: logits.columns)
        var total = 0.0
        let scale = 1 / Double(logits.rows)
        logits.storage.withUnsafeBufferPointer { zb in
            gradient.storage.withUnsafeMutableBufferPointer { gb in
                targets.withUnsafeBufferPointer { tb in
                    guard let z = zb.baseAddress, let g = gb.baseAddress, let t = tb.baseAddress else { return }
                    total = batch(loss, output: output, logits: z, rows: logits.rows, width: logits.columns,
                                  targets: t, scale: scale, gradient: wantGradient ? g : nil)
                }
            }
        }
        return (total / Double(logits.rows), gradient)
    }

    /// Σ_i loss_i over `rows` rows of logits, summed in Double in row order (deterministic; the caller
    /// divides by N); writes scale·∂loss_i/∂z_i into `gradient` when it is given.
    static func batch<T: TrainingScalar>(_ loss: LossKind, output: Activation, logits z: UnsafePointer<T>, rows: Int,
                                         width: Int, targets: UnsafePointer<T>, scale: T,
                                         gradient: UnsafeMutablePointer<T>?) -> Double {
        var total = 0.0
        for i in 0..<rows {
            total += Double(point(loss, output: output, z: z + i * width, width: width, target: targets[i],
                                  scale: scale, gradient: gradient.map { $0 + i * width }))
        }
        return total
    }

    /// The loss of one point and, if `gradient` is given, scale · ∂loss/∂z written there.
    static func point<T: TrainingScalar>(_ loss: LossKind, output: Activation, z: UnsafePointer<T>, width: Int,
                                         target y: T, scale: T, gradient g: UnsafeMutablePointer<T>?) -> T {
        switch loss {
        case .bce:
            let v = z[0]
            let e = T.exponential(-abs(v))   // shared by σ(v) (as in `logistic`) and ln(1 + e^v)
            g?[0] = ((v >= 0 ? 1 / (1 + e) : e / (1 + e)) - y) * scale
            return max(v, 0) + T.logarithmOfOnePlus(e) - y * v
        case .crossEntropy:
            var m = z[0]
            for k in 1..<width where z[k] > m { m = z[k] }
            var s: T = 0
            for k in 0..<width { s += T.exponential(z[k] - m) }
            let label = Int(y)
            if let g {
                for k in 0..<width { g[k] = T.exponential(z[k] - m) / s * scale }
                g[label] -= scale
            }
            return m + T.logarithm(s) - z[label]
        case .mse:
            if output == .sigmoid {
                let s = T.logistic(z[0])
                g?[0] = 2 * (s - y) * s * (1 - s) * scale
                return (s - y) * (s - y)
            }
            g?[0] = 2 * (z[0] - y) * scale
            return (z[0] - y) * (z[0] - y)
        }
    }
}

extension LossKind {
    /// The per-point formula in the seeds' notation (z the output logit(s), ŷ the output, y the target).
    public var formula: String {
        switch self {
        case .mse: "(ŷ − y)²"
        case .bce: "ln(1 + e^z) − y·z"
        case .crossEntropy: "ln Σ_k e^(z_k) − z_y"
        }
    }
}
