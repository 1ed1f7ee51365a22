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
    ///
    /// The grid goes through the network in batches of whole grid rows (at most `batchPoints` points and
    /// `batchValues` values a layer), one
    /// engine BLAS product per layer and batch; each point's bits are packed into words and numbered.
    public init(network: Network, domain: [ClosedRange<Double>], columns: Int = 400, rows: Int = 400) {
        self.domain = domain
        self.columns = columns
        self.rows = rows
        let words = max(1, (RegionEligibility.bitCount(network) + 63) / 64)
        var table: [[UInt64]: Int32] = [:]
        var ordered: [[Bool]] = []
        var ids = [Int32](repeating: 0, count: columns * rows)
        let widest = network.layers.map(\.units).max() ?? 1
        let points = max(1, min(Self.batchPoints, Self.batchValues / max(widest, 1)))
        let rowsPerBatch = max(1, points / max(columns, 1))
        var key = [UInt64](repeating: 0, count: words)
        for firstRow in stride(from: 0, to: rows, by: rowsPerBatch) {
            let batchRows = min(rowsPerBatch, rows - firstRow)
            let packed = Self.patternWords(network, domain: domain, columns: columns, rows: rows,
                                           firstRow: firstRow, batchRows: batchRows, words: words)
            for i in 0..<(batchRows * columns) {
                for k in 0..<words { key[k] = packed[i * words + k] }
                let id: Int32
                if let known = table[key] {
                    id = known
                } else {
                    id = Int32(ordered.count)
                    table[key] = id
                    ordered.append((0..<RegionEligibility.bitCount(network)).map { key[$0 / 64] >> UInt64($0 % 64) & 1 == 1 })
                }
                ids[firstRow * columns + i] = id
            }
        }
        self.ids = ids
        self.patterns = ordered
    }

    /// The most grid points pushed through the network at once, and the most values (points × widest layer, so
    /// 16 MB of Doubles) a batch's layer may hold: the batch's memory stays small for any width.
    static let batchPoints = 4096
    static let batchValues = 1 << 21

    /// The packed pattern bits (`words` per point) of grid rows firstRow ..< firstRow + batchRows, row-major.
    static func patternWords(_ network: Network, domain: [ClosedRange<Double>], columns: Int, rows: Int,
                             firstRow: Int, batchRows: Int, words: Int) -> [UInt64] {
        let count = batchRows * columns, x = domain[0], y = domain[1]
        var input = [Double](repeating: 0, count: count * 2)
        for r in 0..<batchRows {
            let py = y.lowerBound + (Double(firstRow + r) + 0.5) / Double(rows) * (y.upperBound - y.lowerBound)
            for c in 0..<columns {
                input[(r * columns + c) * 2] = x.lowerBound + (Double(c) + 0.5) / Double(columns) * (x.upperBound - x.lowerBound)
                input[(r * columns + c) * 2 + 1] = py
            }
        }
        var packed = [UInt64](repeating: 0, count: count * words)
        var bit = 0
        for layer in network.hiddenLayers {
            let n = layer.units, act = layer.activation
            var z = [Double](repeating: 0, count: count * n)
            input.withUnsafeBufferPointer { a in
                z.withUnsafeMutableBufferPointer { out in
                    guard let ap = a.baseAddress, let zp = out.baseAddress else { return }
                    LinearAlgebra.affine(rows: count, input: ap, layer: layer, into: zp)
                }
            }
            if act.contributesPatternBits {
                for i in 0..<count {
                    for j in 0..<n where act.isOn(z[i * n + j]) {
                        packed[i * words + (bit + j) / 64] |= UInt64(1) << UInt64((bit + j) % 64)
                    }
                }
                bit += n
            }
            z.withUnsafeMutableBufferPointer { p in
                guard let base = p.baseAddress else { return }
                LayerValues.activate(act, base, count * n)
            }
            input = z
        }
        return packed
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
