import NNVizEngine

/// The region numbers of DESIGN §3 for an exact 1-D or 2-D analysis.
///
/// `count`: maximal connected full-dimensional cells of constant pattern (edge-adjacent regions with the same
/// pattern are merged; by convexity of a pattern's cell this never happens after exact splitting, so count ==
/// patterns — both are computed independently as a check). `patterns`: distinct patterns. `linearPieces`:
/// maximal unions of edge-adjacent cells with the same output affine maps (all output logits equal within
/// 1e-9 relative over the domain; for a step output, regions whose logits are constant compare by output value).
/// `breakpoints`: 1-D joints (empty in 2-D).
public struct RegionCounts: Equatable, Sendable {
    public var count: Int
    public var patterns: Int
    public var linearPieces: Int
    public var breakpoints: [Double]

    public init(count: Int, patterns: Int, linearPieces: Int, breakpoints: [Double]) {
        self.count = count
        self.patterns = patterns
        self.linearPieces = linearPieces
        self.breakpoints = breakpoints
    }

    /// Counts of a 1-D analysis.
    public init(_ r: Regions1D, network: Network) {
        let n = r.intervals.count
        var uf = UnionFind(n)
        let width = r.domain.upperBound - r.domain.lowerBound, centre = 0.5 * (r.domain.upperBound + r.domain.lowerBound)
        for i in 1..<max(n, 1) {
            let p = r.intervals[i - 1], q = r.intervals[i]
            if p.pattern == q.pattern { uf.union(i - 1, i) }
        }
        let cells = uf.componentCount
        uf = UnionFind(n)
        for i in 1..<max(n, 1) {
            let p = r.intervals[i - 1], q = r.intervals[i]
            let same = p.outputSlope.indices.allSatisfy { k in
                Self.sameMap(network.outputActivation, [p.outputSlope[k] * width / 2], p.outputSlope[k] * centre + p.outputIntercept[k],
                             [q.outputSlope[k] * width / 2], q.outputSlope[k] * centre + q.outputIntercept[k])
            }
            if same { uf.union(i - 1, i) }
        }
        self.init(count: cells, patterns: Set(r.intervals.map(\.pattern)).count,
                  linearPieces: uf.componentCount, breakpoints: r.breakpoints)
    }

    /// Counts of a 2-D analysis.
    public init(_ r: Regions2D, network: Network) {
        let n = r.regionCount
        let half = r.domain.map { ($0.upperBound - $0.lowerBound) / 2 }
        let centre = Point2(0.5 * (r.domain[0].lowerBound + r.domain[0].upperBound),
                            0.5 * (r.domain[1].lowerBound + r.domain[1].upperBound))
        var cells = UnionFind(n), pieces = UnionFind(n)
        for i in 0..<n {
            for g in r.neighbours(of: i) where Int(g) > i {
                let j = Int(g)
                if r.patternKey(of: i) == r.patternKey(of: j) { cells.union(i, j) }
                let same = (0..<r.outputCount).allSatisfy { k in
                    let p = r.outputMap(i, k), q = r.outputMap(j, k)
                    return Self.sameMap(network.outputActivation, [p.a1 * half[0], p.a2 * half[1]], p(centre),
                                        [q.a1 * half[0], q.a2 * half[1]], q(centre))
                }
                if same { pieces.union(i, j) }
            }
        }
        var keys = (0..<n).map { Array(r.patternKey(of: $0)) }
        keys.sort { $0.lexicographicallyPrecedes($1) }
        var distinct = 0
        for i in keys.indices where i == 0 || keys[i] != keys[i - 1] { distinct += 1 }
        self.init(count: cells.componentCount, patterns: distinct, linearPieces: pieces.componentCount,
                  breakpoints: [])
    }

    /// Two affine maps given by their slopes scaled to the half-widths of the domain and their value at its
    /// centre: equal within 1e-9 relative. Constant maps of a step output compare by output value.
    static func sameMap(_ out: Activation, _ s1: [Double], _ v1: Double, _ s2: [Double], _ v2: Double) -> Bool {
        if out == .step && s1.allSatisfy({ $0 == 0 }) && s2.allSatisfy({ $0 == 0 }) {
            return (v1 >= 0) == (v2 >= 0)
        }
        let scale = max(1, zip(s1, s2).reduce(abs(v1) + abs(v2)) { $0 + abs($1.0) + abs($1.1) })
        let diff = zip(s1, s2).reduce(abs(v1 - v2)) { $0 + abs($1.0 - $1.1) }
        return diff <= 1e-9 * scale
    }
}

/// Disjoint sets with path halving and union by size.
struct UnionFind {
    var parent: [Int]
    var size: [Int]
    private(set) var componentCount: Int

    init(_ n: Int) {
        parent = Array(0..<n)
        size = [Int](repeating: 1, count: n)
        componentCount = n
    }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    mutating func union(_ a: Int, _ b: Int) {
        var ra = find(a), rb = find(b)
        guard ra != rb else { return }
        if size[ra] < size[rb] { swap(&ra, &rb) }
        parent[rb] = ra
        size[ra] += size[rb]
        componentCount -= 1
    }
}
