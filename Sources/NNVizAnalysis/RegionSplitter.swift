import NNVizEngine

/// Splits the domain box layer by layer, unit by unit, along the zero lines of the hidden units.
///
/// Sliver rule: a vertex whose |z_j| is at most `relativeTolerance` × max|z_j| over the current vertices
/// counts as lying on unit j's line, so no face thinner than that is ever created.
struct RegionSplitter {
    static let relativeTolerance = 1e-10

    var mesh: RegionMesh
    /// Pattern bits, `words` UInt64 per face (bit i of the pattern at word i / 64, bit i % 64).
    var bits: [UInt64] = []
    let words: Int
    var boundaries: [UnitBoundary] = []
    /// True when splitting stopped at a step layer: deeper layers are constant on every face.
    var stoppedAtStep = false
    /// Number of pattern bits the mesh itself decided (layers before and including the stopping layer).
    var decidedBits = 0
    private var sign: [Int8] = []
    private var stamp: [Int] = []
    private var touched: [Int] = []
    private var stampValue = 0
    let limit: Int

    init(network: Network, box x: ClosedRange<Double>, _ y: ClosedRange<Double>, limit: Int) {
        mesh = RegionMesh(box: x, y)
        words = max(1, (RegionEligibility.bitCount(network) + 63) / 64)
        bits = [UInt64](repeating: 0, count: words)
        self.limit = limit
        let first = network.layers[0]
        mesh.width = first.units
        mesh.capacity = 64
        mesh.z = [Double](repeating: 0, count: mesh.capacity * first.units)
        for v in 0..<4 {
            for j in 0..<first.units {
                mesh.z[j * mesh.capacity + v] =
                    first.weights[j, 0] * mesh.vx[v] + first.weights[j, 1] * mesh.vy[v] + first.biases[j]
            }
        }
    }

    /// Runs all hidden layers; afterwards `mesh.z` holds the output pre-activations at the vertices
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
            transition(act, to: network.layers[l + 1])
        }
    }

    /// z ← g(z)·Wᵀ + b for the next layer, over all vertices (column-major, through the engine's BLAS).
    mutating func transition(_ act: Activation, to next: DenseLayer) {
        if act != .identity {
            mesh.z.withUnsafeMutableBufferPointer { p in
                for i in p.indices { p[i] = act.apply(p[i]) }
            }
        }
        mesh.z = LinearAlgebra.affineByColumns(mesh.z, rows: mesh.vertexCount, stride: mesh.capacity,
                                               weights: next.weights, biases: next.biases)
        mesh.width = next.units
    }

    mutating func splitLayer(_ l: Int, _ act: Activation, bitOffset: Int) throws(RegionError) {
        let n = mesh.width
        mesh.beginLayer()
        defer { for k in 0..<n { mesh.fill(k) } }
        for j in 0..<n {
            mesh.fill(j)
            let cap = mesh.capacity, count = mesh.vertexCount
            let scale = mesh.z.withUnsafeBufferPointer { p in
                var m = 0.0
                for v in 0..<count { m = max(m, abs(p[j * cap + v])) }
                return m
            }
            let tol = scale * Self.relativeTolerance
            if scale > 0 { splitUnit(l, j, tol: tol) }
            setBits(j, act, bit: bitOffset + j, tol: tol)
            if scale > 0 { collectBoundary(l, j, bit: bitOffset + j) }
            if mesh.faceCount > limit { throw .tooManyRegions(limit: limit, reachedAtLayer: l) }
        }
    }

    mutating func splitUnit(_ l: Int, _ j: Int, tol: Double) {
        let v0 = mesh.vertexCount, cap = mesh.capacity
        sign.removeAll(keepingCapacity: true)
        var candidates: [Int] = []
        var zeros: [Int] = []
        mesh.z.withUnsafeBufferPointer { p in
            let col = p.baseAddress! + j * cap
            for v in 0..<v0 {
                let z = col[v]
                let s: Int8 = z > tol ? 1 : (z < -tol ? -1 : 0)
                sign.append(s)
                if s == 0 { zeros.append(v) }
            }
        }
        for v in zeros { mesh.faces(around: v, into: &candidates) }
        for e in 0..<mesh.edgePairCount {
            let h = 2 * e, a = mesh.org[h], b = mesh.org[h + 1]
            guard Int(sign[a]) * Int(sign[b]) < 0 else { continue }
            let za = mesh.value(a, j), zb = mesh.value(b, j)
            let w = mesh.splitEdge(h, at: za / (za - zb))
            mesh.z[j * mesh.capacity + w] = 0
            sign.append(0)
            mesh.filled[j] = mesh.parentA.count
            if mesh.fac[h] >= 0 { candidates.append(mesh.fac[h]) }
            if mesh.fac[h + 1] >= 0 { candidates.append(mesh.fac[h + 1]) }
        }
        stampValue += 1
        if stamp.count < mesh.faceCount { stamp += [Int](repeating: 0, count: mesh.faceCount - stamp.count) }
        touched.removeAll(keepingCapacity: true)
        for f in candidates where stamp[f] != stampValue {
            stamp[f] = stampValue
            touched.append(f)
            if let g = splitFace(f) { touched.append(g) }
        }
    }

    /// Records unit j's switching segments: edges of the touched faces with both ends on its line (|z_j| ≤ tol)
    /// between faces whose bit differs (each edge once, from the side where the unit is on).
    mutating func collectBoundary(_ l: Int, _ j: Int, bit: Int) {
        let word = bit / 64, mask = UInt64(1) << UInt64(bit % 64)
        var segments: [Segment] = []
        for f in touched where bits[f * words + word] & mask != 0 {
            let start = mesh.faceEdge[f]
            var h = start
            repeat {
                let a = mesh.org[h], b = mesh.org[mesh.nxt[h]], g = mesh.fac[h ^ 1]
                if sign[a] == 0 && sign[b] == 0 && g >= 0 && bits[g * words + word] & mask == 0 {
                    segments.append(Segment(Point2(mesh.vx[a], mesh.vy[a]), Point2(mesh.vx[b], mesh.vy[b])))
                }
                h = mesh.nxt[h]
            } while h != start
        }
        if !segments.isEmpty { boundaries.append(UnitBoundary(layer: l, unit: j, segments: segments)) }
    }

    /// Splits face f if it has vertices strictly on both sides; returns the new face.
    mutating func splitFace(_ f: Int) -> Int? {
        let start = mesh.faceEdge[f]
        var h = start, pos = -1, hasNeg = false
        repeat {
            let s = sign[mesh.org[h]]
            if s > 0 && pos < 0 { pos = h }
            if s < 0 { hasNeg = true }
            h = mesh.nxt[h]
        } while h != start
        guard pos >= 0 && hasNeg else { return nil }
        h = pos
        while sign[mesh.org[h]] > 0 { h = mesh.nxt[h] }
        guard sign[mesh.org[h]] == 0 else { return nil }
        while sign[mesh.org[mesh.nxt[h]]] == 0 { h = mesh.nxt[h] }
        let hu = h
        h = mesh.nxt[h]
        while sign[mesh.org[h]] < 0 { h = mesh.nxt[h] }
        guard sign[mesh.org[h]] == 0, h != hu else { return nil }
        let hw = h
        let g = mesh.splitFace(hu, hw)
        for k in 0..<words { bits.append(bits[f * words + k]) }
        stamp.append(stampValue)
        return g
    }

    /// Sets bit `bit` of every face from unit j after its split: every face now lies on one side, so the
    /// first vertex with |z_j| > tol decides; a face with |z_j| ≤ tol everywhere has z_j = 0 (relu: off, step: on).
    mutating func setBits(_ j: Int, _ act: Activation, bit: Int, tol: Double) {
        let zeroBit = act.isOn(0), word = bit / 64, mask = UInt64(1) << UInt64(bit % 64)
        let cap = mesh.capacity, words = words
        let faces = mesh.faceCount
        mesh.z.withUnsafeBufferPointer { p in
            let col = p.baseAddress! + j * cap
            mesh.faceEdge.withUnsafeBufferPointer { faceEdge in
                mesh.org.withUnsafeBufferPointer { org in
                    mesh.nxt.withUnsafeBufferPointer { nxt in
                        bits.withUnsafeMutableBufferPointer { out in
                            for f in 0..<faces {
                                let start = faceEdge[f]
                                var h = start, on = zeroBit
                                repeat {
                                    let z = col[org[h]]
                                    if z > tol { on = true; break }
                                    if z < -tol { on = false; break }
                                    h = nxt[h]
                                } while h != start
                                if on { out[f * words + word] |= mask }
                            }
                        }
                    }
                }
            }
        }
    }
}
