import Foundation

/// An element-wise activation g_act (hidden layers) or an output map g_out (last layer).
///
/// Conventions of the course notes (seeds/README.md): step(z) = 1 for z ≥ 0 else 0; a relu unit is
/// *active* where z > 0; leaky-relu has slope `slope` for z ≤ 0 (default 0.01); `exp` is u = e^z (notes 001,
/// Problem 2), hidden layers only. `softmax` is the only map that couples the units of a layer and is allowed on
/// the output layer only.
public enum Activation: Equatable, Hashable, Sendable {
    case relu
    case leakyReLU(slope: Double)
    case step
    case sigmoid
    case tanh
    case identity
    case exp
    case softmax

    /// The default leaky-relu slope for z ≤ 0.
    public static let defaultLeakySlope = 0.01

    /// The model-file names, in the order error messages list them.
    public static let hiddenNames = ["relu", "leaky-relu", "step", "sigmoid", "tanh", "identity", "exp"]
    public static let outputNames = ["identity", "sigmoid", "softmax", "step"]

    /// The model-file name of this activation (`leaky-relu` for every slope).
    public var name: String {
        switch self {
        case .relu: "relu"
        case .leakyReLU: "leaky-relu"
        case .step: "step"
        case .sigmoid: "sigmoid"
        case .tanh: "tanh"
        case .identity: "identity"
        case .exp: "exp"
        case .softmax: "softmax"
        }
    }

    /// Parses a model-file name; `leaky-relu` gets `slope` (default 0.01).
    public init?(name: String, slope: Double = Activation.defaultLeakySlope) {
        switch name {
        case "relu": self = .relu
        case "leaky-relu": self = .leakyReLU(slope: slope)
        case "step": self = .step
        case "sigmoid": self = .sigmoid
        case "tanh": self = .tanh
        case "identity": self = .identity
        case "exp": self = .exp
        case "softmax": self = .softmax
        default: return nil
        }
    }

    public var allowedInHiddenLayer: Bool { self != .softmax }
    public var allowedAsOutput: Bool {
        switch self {
        case .identity, .sigmoid, .softmax, .step: true
        default: false
        }
    }

    /// True for activations whose graph is made of straight pieces (relu, leaky-relu, step, identity):
    /// nets built only from these have exact linear regions.
    public var isPiecewiseLinear: Bool {
        switch self {
        case .relu, .leakyReLU, .step, .identity: true
        default: false
        }
    }

    /// True when this hidden activation contributes pattern bits (every piecewise-linear one except identity).
    public var contributesPatternBits: Bool { isPiecewiseLinear && self != .identity }

    /// The pattern bit of one unit with pre-activation z: relu / leaky-relu: z > 0; step: z ≥ 0.
    public func isOn(_ z: Double) -> Bool {
        self == .step ? z >= 0 : z > 0
    }

    /// g(z) for an element-wise activation. For `softmax` use `Activation.softmax(_:)` on a whole row.
    public func apply(_ z: Double) -> Double {
        switch self {
        case .relu: return z > 0 ? z : 0
        case .leakyReLU(let slope): return z > 0 ? z : slope * z
        case .step: return z >= 0 ? 1 : 0
        case .sigmoid: return Activation.logistic(z)
        case .tanh: return Foundation.tanh(z)
        case .exp: return Foundation.exp(z)
        case .identity, .softmax: return z
        }
    }

    /// g′(z). relu′(0) = 0 and step′ = 0 everywhere (the convention back-propagation uses).
    public func derivative(_ z: Double) -> Double {
        switch self {
        case .relu: return z > 0 ? 1 : 0
        case .leakyReLU(let slope): return z > 0 ? 1 : slope
        case .step: return 0
        case .sigmoid:
            let s = Activation.logistic(z)
            return s * (1 - s)
        case .tanh:
            let t = Foundation.tanh(z)
            return 1 - t * t
        case .exp: return Foundation.exp(z)
        case .identity, .softmax: return 1
        }
    }

    /// The logistic function 1 / (1 + e^(−z)), computed without overflow for large |z|.
    public static func logistic(_ z: Double) -> Double {
        if z >= 0 { return 1 / (1 + Foundation.exp(-z)) }
        let e = Foundation.exp(z)
        return e / (1 + e)
    }

    /// softmax(z)_k = e^(z_k − max z) / Σ_j e^(z_j − max z): stable for any finite z.
    public static func softmax(_ z: [Double]) -> [Double] {
        guard let m = z.max() else { return [] }
        let e = z.map { Foundation.exp($0 - m) }
        let s = e.reduce(0, +)
        return e.map { $0 / s }
    }
}
