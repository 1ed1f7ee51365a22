import NNVizEngine

/// Activation patterns sampled on a grid: the fallback when exact enumeration passes its region limit
/// (figures must say the picture is sampled: `isSampled` is always true).
///
/// Contract: `ids[row * columns + column]` is the pattern id at the centre of grid cell (row, column), row 0 at
/// the bottom (lowest x2); ids number the distinct patterns in order of first appearance (row-major).
public struct SampledPatterns: Equatable, Sendable {
    public var domain: [ClosedRange<Double>]
    public var columns: Int
    public var rows: Int
    public var ids: [Int32]
    public var patterns: [[Bool]]
    public let isSampled = true

    /// Samples a two-input network with piecewise-linear (or any) hidden units on a `columns × rows` grid.
    public init(network: Network, domain: [ClosedRange<Double>], columns: Int = 400, rows: Int = 400) {
        self.domain = domain
        self.columns = columns
        self.rows = rows
        var table: [[Bool]: Int32] = [:]
        var ordered: [[Bool]] = []
        var ids = [Int32](repeating: 0, count: columns * rows)
        let x = domain[0], y = domain[1]
        for r in 0..<rows {
            let py = y.lowerBound + (Double(r) + 0.5) / Double(rows) * (y.upperBound - y.lowerBound)
            for c in 0..<columns {
                let px = x.lowerBound + (Double(c) + 0.5) / Double(columns) * (x.upperBound - x.lowerBound)
                let p = Self.pattern(network, [px, py])
                if let id = table[p] {
                    ids[r * columns + c] = id
                } else {
                    let id = Int32(ordered.count)
                    table[p] = id
                    ordered.append(p)
                    ids[r * columns + c] = id
                }
            }
        }
        self.ids = ids
        self.patterns = ordered
    }

    /// The number of distinct sampled patterns (a lower bound on the exact count).
    public var distinctPatterns: Int { patterns.count }

    /// The pattern bits (DESIGN §3) at one input point, by a plain forward pass.
    public static func pattern(_ network: Network, _ point: [Double]) -> [Bool] {
        var a = point, bits: [Bool] = []
        for layer in network.hiddenLayers {
            var next = layer.biases
            for j in 0..<layer.units {
                for k in 0..<layer.inputs { next[j] += layer.weights[j, k] * a[k] }
                if layer.activation.contributesPatternBits { bits.append(layer.activation.isOn(next[j])) }
                next[j] = layer.activation.apply(next[j])
            }
            a = next
        }
        return bits
    }
}
