import NNVizEngine

/// Every analysis of one network over one domain, computed once and handed to every figure and to
/// `inspect --json`: figures only draw from it.
///
/// Contract: `regions` is exact (or the labelled sampled fallback) for 1-D/2-D piecewise-linear nets and
/// `.unavailable` otherwise; `units` reads dead / always-on units off the regions; `field` samples every unit on
/// a grid (1-D/2-D inputs); `collapse` is the one affine layer of an identity-hidden net. Each region's affine map
/// at every layer follows from its pattern (`layerMaps(pattern:)`), so it is derived on demand rather than stored.
public struct NetworkAnalysis: Sendable {
    public var network: Network
    public var domain: [ClosedRange<Double>]
    public var regions: RegionResult
    public var units: UnitActivityReport?
    public var field: FieldSample?
    public var collapse: AffineCollapse?

    /// Runs every analysis that applies. `regionLimit` bounds the exact enumeration (then sampled);
    /// `fieldResolution` sets the grid of `field`.
    public init(network: Network, domain: [ClosedRange<Double>], regionLimit: Int = Regions2D.defaultLimit,
                fieldResolution: Int = FieldSample.defaultResolution) {
        self.network = network
        self.domain = domain
        let piecewise = network.hasPiecewiseLinearHiddenUnits
        regions = piecewise || !(1...2).contains(network.inputCount)
            ? RegionResult.compute(network, domain: domain, limit: regionLimit)
            : .unavailable("regions are exact for piecewise-linear hidden units (relu, leaky-relu, step, identity); " +
                           "this model has smooth ones.")
        units = UnitActivityReport(regions: regions, network: network)
        field = FieldSample(network: network, domain: domain, resolution: fieldResolution)
        collapse = AffineCollapse(network)
    }

    /// The affine maps of every layer's pre-activation z on the region whose pattern is `pattern`, as functions of
    /// the input: `maps[l][j]` = (gradient, constant) of z_j of network layer l. Exact for piecewise-linear nets.
    public func layerMaps(pattern: [Bool]) -> [[(gradient: [Double], constant: Double)]] {
        let p = network.inputCount
        // a = A·x + c, starting with the identity.
        var a = Matrix(rows: p, columns: p)
        for i in 0..<p { a[i, i] = 1 }
        var c = [Double](repeating: 0, count: p)
        var maps: [[(gradient: [Double], constant: Double)]] = []
        var bit = 0
        for (l, layer) in network.layers.enumerated() {
            let zA = layer.weights.multiply(a)
            let zc = layer.weights.multiply(c).enumerated().map { $0.element + layer.biases[$0.offset] }
            maps.append((0..<layer.units).map { (zA.row($0), zc[$0]) })
            guard l < network.layers.count - 1 else { break }
            var nextA = zA, nextc = zc
            for j in 0..<layer.units {
                let slope = Self.slope(layer.activation, on: layer.activation.contributesPatternBits ? pattern[bit + j] : true)
                for k in 0..<p { nextA[j, k] *= slope.factor }
                nextc[j] = slope.factor * nextc[j] + slope.offset
            }
            if layer.activation.contributesPatternBits { bit += layer.units }
            a = nextA; c = nextc
        }
        return maps
    }

    /// On a piece where the unit is on / off: u = factor · z + offset.
    static func slope(_ activation: Activation, on: Bool) -> (factor: Double, offset: Double) {
        switch activation {
        case .identity: (1, 0)
        case .relu: on ? (1, 0) : (0, 0)
        case .leakyReLU(let s): on ? (1, 0) : (s, 0)
        case .step: on ? (0, 1) : (0, 0)
        default: (1, 0)
        }
    }
}

/// The analysis of a model and of each of its training snapshots.
public struct ModelAnalysis: Sendable {
    public var current: NetworkAnalysis
    /// One analysis per snapshot epoch, ascending (regions only are needed: no field sample).
    public var snapshots: [(epoch: Int, analysis: NetworkAnalysis)]

    public init(current: NetworkAnalysis, snapshots: [(epoch: Int, analysis: NetworkAnalysis)] = []) {
        self.current = current
        self.snapshots = snapshots
    }
}
