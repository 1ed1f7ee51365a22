import NNVizEngine

/// A point of the input plane (x1, x2), in input coordinates.
public typealias Point2 = SIMD2<Double>

/// A straight segment of the input plane, from `a` to `b` (input coordinates).
public struct Segment: Equatable, Sendable {
    public var a: Point2
    public var b: Point2
    public init(_ a: Point2, _ b: Point2) { self.a = a; self.b = b }
    /// The Euclidean length |b − a|.
    public var length: Double { ((b - a) * (b - a)).sum().squareRoot() }
}

/// An affine function of the input plane: value(x) = a1·x1 + a2·x2 + c.
public struct AffineMap2: Equatable, Sendable {
    public var a1: Double
    public var a2: Double
    public var c: Double
    public init(a1: Double, a2: Double, c: Double) { self.a1 = a1; self.a2 = a2; self.c = c }
    /// The value at `p`.
    public func callAsFunction(_ p: Point2) -> Double { a1 * p.x + a2 * p.y + c }
    /// True when both slopes are zero (the map is a constant).
    public var isConstant: Bool { a1 == 0 && a2 == 0 }
}

/// Why an exact region analysis could not be made.
public enum RegionError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The input dimension is not the one the analysis needs.
    case wrongInputDimension(expected: Int, actual: Int)
    /// A hidden layer uses a smooth activation (sigmoid, tanh): the regions are not polygons.
    case smoothHiddenActivation(layer: Int, name: String)
    /// The domain is not a box of the right dimension with lo < hi and finite ends.
    case invalidDomain(String)
    /// Weights or biases are not all finite.
    case nonFiniteParameters
    /// Enumeration stopped: more regions than `limit` (use `SampledPatterns` instead).
    case tooManyRegions(limit: Int, reachedAtLayer: Int)

    public var description: String {
        switch self {
        case .wrongInputDimension(let e, let a):
            return "Exact regions need \(e) input(s), but the network has \(a)."
        case .smoothHiddenActivation(let l, let n):
            return "Exact regions need piecewise-linear hidden units, but hidden layer \(l + 1) uses \(n) (layers counted from 1)."
        case .invalidDomain(let s):
            return "The region domain is invalid: \(s)."
        case .nonFiniteParameters:
            return "Exact regions need finite weights and biases, but the network has NaN or infinite ones."
        case .tooManyRegions(let limit, let layer):
            return "The network has more than \(limit) linear regions (limit reached in hidden layer \(layer + 1)); "
                + "use sampled patterns instead."
        }
    }
}

/// Checks shared by the 1-D and 2-D analyses.
enum RegionEligibility {
    static func check(_ network: Network, inputs: Int, domain: [ClosedRange<Double>]) throws(RegionError) {
        guard network.inputCount == inputs else {
            throw .wrongInputDimension(expected: inputs, actual: network.inputCount)
        }
        for (l, layer) in network.hiddenLayers.enumerated() where !layer.activation.isPiecewiseLinear {
            throw .smoothHiddenActivation(layer: l, name: layer.activation.name)
        }
        guard domain.count == inputs else {
            throw .invalidDomain("it has \(domain.count) interval(s) for \(inputs) input(s)")
        }
        for r in domain where !(r.lowerBound.isFinite && r.upperBound.isFinite && r.lowerBound < r.upperBound) {
            throw .invalidDomain("the interval \(r) must have finite ends with lo < hi")
        }
        for layer in network.layers where !(layer.weights.isFinite && layer.biases.allSatisfy(\.isFinite)) {
            throw .nonFiniteParameters
        }
    }

    /// The total number of pattern bits: units of hidden layers whose activation contributes bits.
    static func bitCount(_ network: Network) -> Int {
        network.hiddenLayers.reduce(0) { $0 + ($1.activation.contributesPatternBits ? $1.units : 0) }
    }
}
