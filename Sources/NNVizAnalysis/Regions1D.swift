import NNVizEngine

/// Exact linear regions of a network with one input and piecewise-linear hidden units.
///
/// Contract: `intervals` tile `domain` in order (intervals[0].lo = domain lo, last hi = domain hi,
/// intervals[i].hi == intervals[i+1].lo == joints[i].x); consecutive intervals have different patterns.
/// On interval i the output pre-activation is z^O_k(x) = outputSlope[k]·x + outputIntercept[k]; the output map
/// (`network.outputActivation`: identity / sigmoid / softmax / step) is applied after.
public struct Regions1D: Equatable, Sendable {
    /// A point where the activation pattern changes, made by hidden unit `unit` of hidden layer `layer`
    /// (0-based; when several units switch at the same x, the first in layer order is named).
    public struct Joint: Equatable, Sendable {
        public var x: Double
        public var layer: Int
        public var unit: Int
    }
    /// One maximal interval of constant activation pattern.
    public struct Interval: Equatable, Sendable {
        public var lo: Double
        public var hi: Double
        /// Pattern bits per DESIGN §3 (hidden units layer by layer; identity layers add none).
        public var pattern: [Bool]
        public var outputSlope: [Double]
        public var outputIntercept: [Double]
    }

    public var domain: ClosedRange<Double>
    public var joints: [Joint]
    public var intervals: [Interval]
    /// The joints' x, sorted (DESIGN §3 `breakpoints`).
    public var breakpoints: [Double] { joints.map(\.x) }

    /// Splits `domain` piece by piece, layer by layer; roots closer than 1e-12·|domain| to a piece end are not
    /// new joints (the sliver rule, docs/regions.md).
    public static func compute(network: Network, domain: ClosedRange<Double>) throws(RegionError) -> Regions1D {
        try RegionEligibility.check(network, inputs: 1, domain: [domain])
        let tol = 1e-12 * (domain.upperBound - domain.lowerBound)
        // A piece: [lo, hi] with the current layer's pre-activations z_j = a[j]·x + b[j].
        var pieces = [Piece(lo: domain.lowerBound, hi: domain.upperBound, a: [1], b: [0], bits: [])]
        var joints: [Joint] = []
        for (l, layer) in network.layers.enumerated() {
            pieces = pieces.map { $0.through(layer) }
            if l == network.layers.count - 1 { break }
            var next: [Piece] = []
            for p in pieces {
                let roots = layer.activation.contributesPatternBits ? p.roots(tolerance: tol, layer: l) : []
                var lo = p.lo
                for r in roots + [Joint(x: p.hi, layer: -1, unit: -1)] {
                    next.append(p.restricted(lo: lo, hi: r.x, activation: layer.activation))
                    if r.layer >= 0 { joints.append(r) }
                    lo = r.x
                }
            }
            pieces = next
        }
        joints.sort { $0.x < $1.x }
        let intervals = pieces.map {
            Interval(lo: $0.lo, hi: $0.hi, pattern: $0.bits, outputSlope: $0.a, outputIntercept: $0.b)
        }
        return Regions1D(domain: domain, joints: joints, intervals: intervals)
    }

    struct Piece {
        var lo, hi: Double
        var a, b: [Double]
        var bits: [Bool]

        /// Pre-activations of `layer` from this piece's activations.
        func through(_ layer: DenseLayer) -> Piece {
            var na = [Double](repeating: 0, count: layer.units), nb = layer.biases
            for j in 0..<layer.units {
                for k in 0..<layer.inputs {
                    na[j] += layer.weights[j, k] * a[k]
                    nb[j] += layer.weights[j, k] * b[k]
                }
            }
            return Piece(lo: lo, hi: hi, a: na, b: nb, bits: bits)
        }

        /// Sorted distinct zeros strictly inside (lo + tol, hi − tol), each named by its first unit.
        func roots(tolerance tol: Double, layer: Int) -> [Joint] {
            var r: [Joint] = []
            for j in a.indices where a[j] != 0 {
                let x = -b[j] / a[j]
                if x > lo + tol && x < hi - tol { r.append(Joint(x: x, layer: layer, unit: j)) }
            }
            r.sort { ($0.x, $0.unit) < ($1.x, $1.unit) }
            var out: [Joint] = []
            for j in r where out.last.map({ j.x - $0.x > tol }) ?? true { out.append(j) }
            return out
        }

        /// The sub-piece [lo, hi] after the activation, with its pattern bits appended (decided at the midpoint).
        func restricted(lo: Double, hi: Double, activation act: Activation) -> Piece {
            let mid = 0.5 * (lo + hi)
            var p = Piece(lo: lo, hi: hi, a: a, b: b, bits: bits)
            for j in a.indices {
                let z = a[j] * mid + b[j]
                if act.contributesPatternBits { p.bits.append(act.isOn(z)) }
                if act == .step {
                    p.a[j] = 0
                    p.b[j] = act.isOn(z) ? 1 : 0
                } else {
                    let s = LocalAffineModel.slope(act, z)
                    p.a[j] *= s
                    p.b[j] *= s
                }
            }
            return p
        }
    }
}
