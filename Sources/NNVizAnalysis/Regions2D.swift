import NNVizEngine

/// Exact linear regions of a network with two inputs and piecewise-linear hidden units: a subdivision of the
/// domain box into convex polygons of constant activation pattern.
///
/// Storage is flat (shared vertex array, polygons as index ranges, maps as one Double buffer); `region(_:)`
/// and `regions` build the convenient per-region view. Coordinates are input coordinates (x1, x2).
/// Contract: the polygons tile the box (areas sum to its area); polygon i is convex, counter-clockwise,
/// has pattern `pattern(of: i)` at every interior point, and on it z^O_k(x) = outputMap[k](x).
public struct Regions2D: Equatable, Sendable {
    /// One region, materialised.
    public struct Region: Equatable, Sendable {
        /// Vertices counter-clockwise (collinear vertices where neighbours meet are kept).
        public var polygon: [Point2]
        /// Pattern bits per DESIGN §3.
        public var pattern: [Bool]
        /// One affine map of the input per output unit: the output pre-activation z^O_k (the output map —
        /// identity / sigmoid / softmax / step — is applied after).
        public var outputMap: [AffineMap2]
        public var area: Double
        /// A point strictly inside (the vertex average).
        public var interior: Point2
        /// Indices of the regions sharing an edge of positive length, ascending.
        public var neighbours: [Int]
    }

    public var domain: [ClosedRange<Double>]
    /// The shared vertex array.
    public var vertices: [Point2]
    /// Polygon i is `polygonVertices[polygonStart[i]..<polygonStart[i+1]]` (indices into `vertices`).
    public var polygonStart: [Int]
    public var polygonVertices: [Int32]
    /// Number of pattern bits and 64-bit words per region in `patternWords`.
    public var patternBitCount: Int
    public var wordsPerPattern: Int
    public var patternWords: [UInt64]
    /// Output maps: region i, output k at `outputMaps[(i * outputs + k) * 3 ..< +3]` = (a1, a2, c).
    public var outputCount: Int
    public var outputMaps: [Double]
    public var areas: [Double]
    public var interiors: [Point2]
    public var neighbourStart: [Int]
    public var neighbourIndices: [Int32]
    /// For each hidden unit that switches inside the box: the segments where it does ("bent hyperplane").
    public var unitBoundaries: [UnitBoundary]
    /// The exact decision boundary: single logit (identity, sigmoid, step) where z^O = 0 (sigmoid 0.5; class 1 is
    /// z^O ≥ 0), softmax where the argmax changes; empty for identity outputs with several units.
    public var decisionBoundary: [Segment]

    public var regionCount: Int { areas.count }

    /// Bit `bit` of region i's pattern.
    public func patternBit(_ i: Int, _ bit: Int) -> Bool {
        patternWords[i * wordsPerPattern + bit / 64] & (UInt64(1) << UInt64(bit % 64)) != 0
    }
    /// Region i's pattern as Bools.
    public func pattern(of i: Int) -> [Bool] { (0..<patternBitCount).map { patternBit(i, $0) } }
    /// Region i's packed pattern words.
    public func patternKey(of i: Int) -> ArraySlice<UInt64> {
        patternWords[(i * wordsPerPattern)..<((i + 1) * wordsPerPattern)]
    }
    /// The affine map of output k on region i.
    public func outputMap(_ i: Int, _ k: Int) -> AffineMap2 {
        let o = (i * outputCount + k) * 3
        return AffineMap2(a1: outputMaps[o], a2: outputMaps[o + 1], c: outputMaps[o + 2])
    }
    public func neighbours(of i: Int) -> ArraySlice<Int32> {
        neighbourIndices[neighbourStart[i]..<neighbourStart[i + 1]]
    }
    public func polygon(of i: Int) -> [Point2] {
        polygonVertices[polygonStart[i]..<polygonStart[i + 1]].map { vertices[Int($0)] }
    }

    /// Region i, materialised.
    public func region(_ i: Int) -> Region {
        Region(polygon: polygon(of: i), pattern: pattern(of: i),
               outputMap: (0..<outputCount).map { outputMap(i, $0) }, area: areas[i], interior: interiors[i],
               neighbours: neighbours(of: i).map(Int.init))
    }
    /// All regions, materialised (allocates per region; use the flat storage for large nets).
    public var regions: [Region] { (0..<regionCount).map(region) }

    /// The index of a region containing `p` (nil outside the box); linear scan.
    public func regionIndex(containing p: Point2) -> Int? {
        for i in 0..<regionCount where Geometry2D.contains(polygon(of: i), p) { return i }
        return nil
    }

    /// The memory the exact enumeration may use by default: the engine's default memory budget
    /// (`MemoryBudget.defaultBytes`, 2 GB).
    public static let memoryBudget = MemoryBudget.defaultBytes
    /// Peak memory per region of the enumeration, rounded up: the worst of the benchmark nets is the deep
    /// 256-wide net at 1.24 KB a region (its layer-start vertices keep 256 Doubles each; a single 1000-unit layer
    /// needs 0.6 KB), plus a 20 % margin (docs/benchmarks.md, "Regions").
    public static let bytesPerRegion = 1_536
    /// The region limit that fits a memory budget of `bytes`: bytes / `bytesPerRegion`, at least 1.
    public static func limit(forMemoryBudget bytes: Int) -> Int { max(1, bytes / bytesPerRegion) }
    /// The region limit that fits a memory budget of `bytes` for `network`: nets with more than 1024 pattern
    /// bits pay 16 bytes a region for every further 64 bits (each region keeps its pattern, and the pattern
    /// array may be twice its size while it grows): bytes / max(`bytesPerRegion`, 1280 + 16 · words).
    public static func limit(forMemoryBudget bytes: Int, network: Network) -> Int {
        let words = (RegionEligibility.bitCount(network) + 63) / 64
        return max(1, bytes / max(bytesPerRegion, 1280 + 16 * words))
    }
    /// The default region limit of `compute`: `memoryBudget / bytesPerRegion` = 1 302 083 regions.
    public static let defaultLimit = memoryBudget / bytesPerRegion

    /// Subdivides `domain` (two intervals) exactly; throws `.tooManyRegions` once the number of faces passes
    /// `limit` (then use `SampledPatterns`).
    public static func compute(network: Network, domain: [ClosedRange<Double>],
                               limit: Int = defaultLimit) throws(RegionError) -> Regions2D {
        try RegionEligibility.check(network, inputs: 2, domain: domain)
        var splitter = RegionSplitter(network: network, box: domain[0], domain[1], limit: limit)
        try splitter.run(network)
        return RegionAssembler(network: network, splitter: splitter, domain: domain).assemble()
    }
}

/// Where one hidden unit switches inside the box: the segments of its zero set between regions of
/// different pattern ("bent hyperplane"). `layer` is the hidden-layer index, `unit` the unit in it.
public struct UnitBoundary: Equatable, Sendable {
    public var layer: Int
    public var unit: Int
    public var segments: [Segment]
}
