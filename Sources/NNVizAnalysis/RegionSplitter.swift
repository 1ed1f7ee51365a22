import NNVizEngine

/// Splits the domain box layer by layer, unit by unit, along the zero sets of the hidden units.
///
/// Output-sensitive: a unit touches only its zone (the faces its zero set meets), found by a walk through face
/// adjacency (`findZone`); the pattern bits of a layer are set once at its end (`setLayerBits`).
///
/// Sliver rule: a vertex whose |z_j| is at most `relativeTolerance` × max|z_j| over the layer-start vertices
/// counts as lying on unit j's line, so no face thinner than that is ever created.
struct RegionSplitter {
    static let relativeTolerance = 1e-10

    var mesh: RegionMesh
    /// The current layer's values at the vertices; after `run`, the output pre-activations (unless
    /// `stoppedAtStep`, then the step layer's).
    var values: LayerValues
    /// Pattern bits, `words` UInt64 per face (bit i of the pattern at word i / 64, bit i % 64).
    var bits: [UInt64] = []
    let words: Int
    var boundaries: [UnitBoundary] = []
    /// True when splitting stopped at a step layer: deeper layers are constant on every face.
    var stoppedAtStep = false
    /// Number of pattern bits the mesh itself decided (layers before and including the stopping layer).
    var decidedBits = 0
    let limit: Int
    /// The edges (pairs) of the layer-start mesh, with their end vertices then.
    var startEdgeCount = 0
    var startA: [Int32] = []
    var startB: [Int32] = []
    var zone = UnitZone()
    var splitMarks = FaceMarks()
    var sides = FaceSides()
    var touched: [Int] = []
    /// Every (cell, unit) whose zone met the cell in the current layer, as two parallel lists in unit order.
    var zoneCells: [Int32] = []
    var zoneUnits: [Int32] = []

    init(network: Network, box x: ClosedRange<Double>, _ y: ClosedRange<Double>, limit: Int) {
        mesh = RegionMesh(box: x, y)
        words = max(1, (RegionEligibility.bitCount(network) + 63) / 64)
        bits = [UInt64](repeating: 0, count: words)
        self.limit = limit
        values = LayerValues(first: network.layers[0], mesh: mesh)
    }

    /// Runs all hidden layers; afterwards `values` holds the output pre-activations at the vertices
    /// (unless `stoppedAtStep`).
    mutating func run(_ network: Network) throws(RegionError) {
        var bitOffset = 0
        for (l, layer) in network.hiddenLayers.enumerated() {
            let act = layer.activation
            if act.contributesPatternBits {
                try splitLayer(l, act, bitOffset: bitOffset)
                bitOffset += layer.units
                decidedBits = bitOffset
                if act == .step {
                    stoppedAtStep = true
                    return
                }
            }
            values.transition(act, to: network.layers[l + 1], vertexCount: mesh.vertexCount)
        }
    }

    mutating func splitLayer(_ l: Int, _ act: Activation, bitOffset: Int) throws(RegionError) {
        mesh.beginLayer()
        values.beginLayer(mesh)
        startEdgeCount = mesh.edgePairCount
        startA = (0..<startEdgeCount).map { mesh.org[2 * $0] }
        startB = (0..<startEdgeCount).map { mesh.org[2 * $0 + 1] }
        zoneCells.removeAll(keepingCapacity: true)
        zoneUnits.removeAll(keepingCapacity: true)
        for j in 0..<values.width where values.scale[j] > 0 {
            findZone(j)
            splitZone(j)
            collectBoundary(l, j, zeroBit: act.isOn(0))
            if mesh.faceCount > limit { throw .tooManyRegions(limit: limit, reachedAtLayer: l) }
        }
        setLayerBits(act, bitOffset: bitOffset)
    }

    /// Splits the crossed edges and then the zone's faces, in the order of the edges and vertices (so face and
    /// vertex numbers do not depend on the walk).
    mutating func splitZone(_ j: Int) {
        zone.zeros.sort()
        zone.crossings.sort()
        var candidates: [Int] = []
        for v in zone.zeros { mesh.faces(around: v, into: &candidates) }
        for p in zone.crossings {
            let h = 2 * p, za = values.value(mesh.origin(h), j), zb = values.value(mesh.origin(h + 1), j)
            let w = mesh.splitEdge(h, at: za / (za - zb))
            values.addVertex(w, face: mesh.fac[h] >= 0 ? mesh.face(h) : mesh.face(h + 1), creator: j, mesh)
            if mesh.fac[h] >= 0 { candidates.append(mesh.face(h)) }
            if mesh.fac[h + 1] >= 0 { candidates.append(mesh.face(h + 1)) }
        }
        splitMarks.reset(faces: mesh.faceCount)
        touched.removeAll(keepingCapacity: true)
        for f in candidates where splitMarks.firstVisit(f) {
            touched.append(f)
            if let g = splitFace(f, j) {
                _ = splitMarks.firstVisit(g)
                touched.append(g)
            }
        }
    }

    /// Splits face f along unit j's line if it has vertices strictly on both sides; returns the new face.
    mutating func splitFace(_ f: Int, _ j: Int) -> Int? {
        let start = Int(mesh.faceEdge[f])
        var h = start, pos = -1, hasNeg = false
        repeat {
            let s = values.sign(mesh.origin(h), j)
            if s > 0 && pos < 0 { pos = h }
            if s < 0 { hasNeg = true }
            h = mesh.next(h)
        } while h != start
        guard pos >= 0 && hasNeg else { return nil }
        h = pos
        while values.sign(mesh.origin(h), j) > 0 { h = mesh.next(h) }
        guard values.sign(mesh.origin(h), j) == 0 else { return nil }
        while values.sign(mesh.origin(mesh.next(h)), j) == 0 { h = mesh.next(h) }
        let hu = h
        h = mesh.next(h)
        while values.sign(mesh.origin(h), j) < 0 { h = mesh.next(h) }
        guard values.sign(mesh.origin(h), j) == 0, h != hu else { return nil }
        let g = mesh.splitFace(hu, h)
        for k in 0..<words { bits.append(bits[f * words + k]) }
        values.addFace(g, from: f)
        return g
    }

    /// Which side of unit j face f lies on: its first vertex off the line decides; on the line everywhere:
    /// `zeroBit` (relu: off, step: on).
    func side(_ f: Int, _ j: Int, zeroBit: Bool) -> Bool {
        let start = Int(mesh.faceEdge[f])
        var h = start
        repeat {
            let s = values.sign(mesh.origin(h), j)
            if s != 0 { return s > 0 }
            h = mesh.next(h)
        } while h != start
        return zeroBit
    }

    /// Records unit j's switching segments: edges of the touched faces with both ends on its line between
    /// faces on different sides (each edge once, from the side where the unit is on).
    mutating func collectBoundary(_ l: Int, _ j: Int, zeroBit: Bool) {
        var segments: [Segment] = []
        sides.reset(faces: mesh.faceCount)
        for f in touched where cachedSide(f, j, zeroBit) {
            let start = Int(mesh.faceEdge[f])
            var h = start
            repeat {
                let a = mesh.origin(h), b = mesh.origin(mesh.next(h)), g = mesh.face(h ^ 1)
                if values.sign(a, j) == 0 && values.sign(b, j) == 0 && g >= 0 && !cachedSide(g, j, zeroBit) {
                    segments.append(Segment(Point2(mesh.vx[a], mesh.vy[a]), Point2(mesh.vx[b], mesh.vy[b])))
                }
                h = mesh.next(h)
            } while h != start
        }
        if !segments.isEmpty { boundaries.append(UnitBoundary(layer: l, unit: j, segments: segments)) }
    }

    /// `side(f, j, zeroBit:)`, each face computed once per unit.
    mutating func cachedSide(_ f: Int, _ j: Int, _ zeroBit: Bool) -> Bool {
        if let known = sides.value(f) { return known }
        let s = side(f, j, zeroBit: zeroBit)
        sides.set(f, s)
        return s
    }
}
