import Foundation

/// Element-wise activation kernels on raw buffers, used by the forward pass and back-propagation.
/// The `switch` on the activation runs once per call, not once per entry.
extension Activation {
    /// U = g(Z) for `rows × width` row-major entries; softmax acts on each row of `width` entries.
    func apply<T: TrainingScalar>(_ z: UnsafePointer<T>, into u: UnsafeMutablePointer<T>, rows: Int, width: Int) {
        let count = rows * width
        switch self {
        case .identity:
            u.update(from: z, count: count)
        case .relu:
            T.reluForward(z, into: u, count: count, slope: 0)
        case .leakyReLU(let slope):
            T.reluForward(z, into: u, count: count, slope: T(slope))
        case .step:
            for i in 0..<count { u[i] = z[i] >= 0 ? 1 : 0 }
        case .sigmoid:
            for i in 0..<count { u[i] = T.logistic(z[i]) }
        case .tanh:
            for i in 0..<count { u[i] = T.hyperbolicTangent(z[i]) }
        case .exp:
            for i in 0..<count { u[i] = T.exponential(z[i]) }
        case .softmax:
            for r in 0..<rows { Activation.softmaxRow(z + r * width, into: u + r * width, width: width) }
        }
    }

    /// D ← D ⊙ g′(Z) for `count` entries, reading Z (and U = g(Z) where cheaper: sigmoid, tanh, exp′ = exp = U).
    /// step′ = 0 and relu′(0) = 0, as `derivative(_:)` states. Not for softmax (coupled units).
    func multiplyByDerivative<T: TrainingScalar>(_ d: UnsafeMutablePointer<T>, z: UnsafePointer<T>,
                                                 u: UnsafePointer<T>, count: Int) {
        switch self {
        case .identity, .softmax:
            break
        case .relu:
            T.reluBackward(d, z: z, count: count, slope: 0)
        case .leakyReLU(let slope):
            T.reluBackward(d, z: z, count: count, slope: T(slope))
        case .step:
            d.update(repeating: 0, count: count)
        case .sigmoid:
            for i in 0..<count { d[i] *= u[i] * (1 - u[i]) }
        case .tanh:
            for i in 0..<count { d[i] *= 1 - u[i] * u[i] }
        case .exp:
            for i in 0..<count { d[i] *= u[i] }
        }
    }

    /// softmax of one row of `width` logits, shifted by the row maximum (stable for any finite z).
    static func softmaxRow<T: TrainingScalar>(_ z: UnsafePointer<T>, into u: UnsafeMutablePointer<T>, width: Int) {
        guard width > 0 else { return }
        var m = z[0]
        for k in 1..<width where z[k] > m { m = z[k] }
        var s: T = 0
        for k in 0..<width {
            u[k] = T.exponential(z[k] - m)
            s += u[k]
        }
        for k in 0..<width { u[k] /= s }
    }
}
