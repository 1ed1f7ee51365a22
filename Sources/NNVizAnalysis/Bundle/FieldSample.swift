import NNVizEngine

/// Every unit's value on a grid over the domain, from one batched forward pass: what mini-plots, sampled
/// surfaces and smooth-unit figures draw.
///
/// Grid contract: 1-D — `resolution` points from the domain's low end to its high end, both included, ascending.
/// 2-D — `resolution × resolution` cell centres, row-major, row 0 at the TOP of the box (highest x₂), column 0 at
/// the lowest x₁, so the arrays can be written straight into a raster. `pass.layers[l]` holds z and u of network
/// layer l (the last one is the output layer: z = logits z^O, u = ŷ), one row per grid point.
public struct FieldSample: Sendable {
    public var dimension: Int
    public var resolution: Int
    public var domain: [ClosedRange<Double>]
    public var pass: ForwardPass

    /// The default number of points per axis (1-D: 4 × this).
    public static let defaultResolution = 96
    /// The most unit values (grid points × units of every layer) a sample holds: wide nets get a coarser grid
    /// (never under 16 points a side), so the sample stays within about 128 MB (z and u, 8 bytes each).
    public static let valueLimit = 1 << 23

    /// Nil unless the network has 1 or 2 inputs and `domain` one interval per input.
    public init?(network: Network, domain: [ClosedRange<Double>], resolution: Int = defaultResolution) {
        let p = network.inputCount
        guard p == 1 || p == 2, domain.count == p, resolution >= 2 else { return nil }
        dimension = p
        self.domain = domain
        var rows: [[Double]] = []
        if p == 1 {
            let n = resolution * 4, d = domain[0]
            self.resolution = n
            rows = (0..<n).map { [d.lowerBound + (d.upperBound - d.lowerBound) * Double($0) / Double(n - 1)] }
        } else {
            let units = max(1, network.layers.reduce(0) { $0 + $1.units })
            let resolution = max(16, min(resolution, Int((Double(Self.valueLimit) / Double(units)).squareRoot())))
            self.resolution = resolution
            let dx = domain[0], dy = domain[1], n = Double(resolution)
            for r in 0..<resolution {
                let y = dy.upperBound - (dy.upperBound - dy.lowerBound) * (Double(r) + 0.5) / n
                for c in 0..<resolution { rows.append([dx.lowerBound + (dx.upperBound - dx.lowerBound) * (Double(c) + 0.5) / n, y]) }
            }
        }
        pass = network.forward(Matrix(rows))
    }

    /// The number of grid points.
    public var count: Int { pass.input.rows }
    /// The input coordinates of grid point i.
    public func point(_ i: Int) -> [Double] { pass.input.row(i) }
    /// Post-activation values u of unit j of network layer l at every grid point.
    public func u(layer l: Int, unit j: Int) -> [Double] { pass.layers[l].u.column(j) }
    /// Pre-activation values z of unit j of network layer l at every grid point.
    public func z(layer l: Int, unit j: Int) -> [Double] { pass.layers[l].z.column(j) }
    /// Output k (after the output map) at every grid point.
    public func output(_ k: Int) -> [Double] { pass.output.column(k) }
}
