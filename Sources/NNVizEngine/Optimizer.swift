import Foundation

/// One optimiser with its state, updating a flat parameter vector θ from a gradient g (step t = 1, 2, …):
/// - sgd: θ ← θ − η·g
/// - momentum (μ = 0.9): v ← μ·v + g, θ ← θ − η·v (v starts at 0)
/// - adam (β1 = 0.9, β2 = 0.999, ε = 1e-8): m ← β1·m + (1−β1)·g, v ← β2·v + (1−β2)·g²,
///   θ ← θ − η·m̂ / (√v̂ + ε) with m̂ = m / (1 − β1^t), v̂ = v / (1 − β2^t).
public struct Optimizer: Sendable {
    /// μ of `momentum`.
    public static let momentum = 0.9
    /// β1, β2, ε of `adam`.
    public static let beta1 = 0.9
    public static let beta2 = 0.999
    public static let epsilon = 1e-8

    /// Which update rule this optimiser applies.
    public let kind: OptimizerKind
    /// η, the step size of every update.
    public let learningRate: Double
    private var first: [Double]
    private var second: [Double]
    /// The number of steps taken.
    public private(set) var steps = 0

    /// An optimiser for `parameterCount` parameters with zeroed state.
    public init(kind: OptimizerKind, learningRate: Double, parameterCount: Int) {
        self.kind = kind
        self.learningRate = learningRate
        first = kind == .sgd ? [] : [Double](repeating: 0, count: parameterCount)
        second = kind == .adam ? [Double](repeating: 0, count: parameterCount) : []
    }

    /// One update of `parameters` by `gradient` (same count as at init).
    public mutating func step(_ parameters: inout [Double], gradient: [Double]) {
        precondition(parameters.count == gradient.count, "one gradient entry per parameter")
        parameters.withUnsafeMutableBufferPointer { pb in
            gradient.withUnsafeBufferPointer { gb in
                guard let p = pb.baseAddress, let g = gb.baseAddress else { return }
                step(p, gradient: g, count: pb.count)
            }
        }
    }

    mutating func step(_ p: UnsafeMutablePointer<Double>, gradient g: UnsafePointer<Double>, count: Int) {
        steps += 1
        let eta = learningRate
        switch kind {
        case .sgd:
            for i in 0..<count { p[i] -= eta * g[i] }
        case .momentum:
            first.withUnsafeMutableBufferPointer { v in
                for i in 0..<count {
                    v[i] = Optimizer.momentum * v[i] + g[i]
                    p[i] -= eta * v[i]
                }
            }
        case .adam:
            adamStep(p, gradient: g, count: count)
        }
    }

    private mutating func adamStep(_ p: UnsafeMutablePointer<Double>, gradient g: UnsafePointer<Double>, count: Int) {
        let b1 = Optimizer.beta1, b2 = Optimizer.beta2
        let c1 = 1 - pow(b1, Double(steps)), c2 = 1 - pow(b2, Double(steps))
        let eta = learningRate
        first.withUnsafeMutableBufferPointer { m in
            second.withUnsafeMutableBufferPointer { v in
                for i in 0..<count {
                    m[i] = b1 * m[i] + (1 - b1) * g[i]
                    v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i]
                    p[i] -= eta * (m[i] / c1) / ((v[i] / c2).squareRoot() + Optimizer.epsilon)
                }
            }
        }
    }
}
