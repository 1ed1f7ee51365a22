import CBLAS
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
    private var stampValue = 0
    let limit: Int

    init(network: Network, box x: ClosedRange<Double>, _ y: ClosedRange<Double>, limit: Int) {
        mesh = RegionMesh(box: x, y)
        words = max(1, (RegionEligibility.bitCount(network) + 63) / 64)
        bits = [UInt64](repeating: 0, count: words)
        self.limit = limit
        let first = network.layers[0]
        mesh.width = first.units
        mesh.z = []
        for v in 0..<4 {
            for j in 0..<first.units {
                mesh.z.append(first.weights[j, 0] * mesh.vx[v] + first.weights[j, 1] * mesh.vy[v] + first.biases[j])
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

    /// z ← g(z)·Wᵀ + b for the next layer, over all vertices.
    mutating func transition(_ act: Activation, to next: DenseLayer) {
        if act != .identity {
            for i in mesh.z.indices { mesh.z[i] = act.apply(mesh.z[i]) }
        }
        let rows = mesh.vertexCount, n = next.units, k = next.inputs
        var out = [Double](repeating: 0, count: rows * n)
        for r in 0..<rows { for j in 0..<n { out[r * n + j] = next.biases[j] } }
        mesh.z.withUnsafeBufferPointer { a in
            next.weights.storage.withUnsafeBufferPointer { w in
                out.withUnsafeMutableBufferPointer { c in
                    cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasTrans, Int32(rows), Int32(n), Int32(k),
                                1, a.baseAddress, Int32(k), w.baseAddress, Int32(k), 1, c.baseAddress, Int32(n))
                }
            }
        }
        mesh.z = out
        mesh.width = n
    }

    mutating func splitLayer(_ l: Int, _ act: Activation, bitOffset: Int) throws(RegionError) {
        let n = mesh.width
        var scale = [Double](repeating: 0, count: n)
        for v in 0..<mesh.vertexCount {
            for j in 0..<n { scale[j] = max(scale[j], abs(mesh.z[v * n + j])) }
        }
        let tol = scale.map { $0 * Self.relativeTolerance }
        for j in 0..<n where scale[j] > 0 {
            splitUnit(l, j, tol: tol[j])
            if mesh.faceCount > limit { throw .tooManyRegions(limit: limit, reachedAtLayer: l) }
        }
        setBits(act, bitOffset: bitOffset, tol: tol)
    }

    mutating func splitUnit(_ l: Int, _ j: Int, tol: Double) {
        let n = mesh.width, v0 = mesh.vertexCount
        sign.removeAll(keepingCapacity: true)
        var candidates: [Int] = []
        for v in 0..<v0 {
            let z = mesh.z[v * n + j]
            sign.append(z > tol ? 1 : (z < -tol ? -1 : 0))
            if sign[v] == 0 { mesh.faces(around: v, into: &candidates) }
        }
        for e in 0..<mesh.edgePairCount {
            let h = 2 * e, a = mesh.org[h], b = mesh.org[h + 1]
            guard Int(sign[a]) * Int(sign[b]) < 0 else { continue }
            let za = mesh.z[a * n + j], zb = mesh.z[b * n + j]
            let w = mesh.splitEdge(h, at: za / (za - zb))
            mesh.z[w * n + j] = 0
            sign.append(0)
            if mesh.fac[h] >= 0 { candidates.append(mesh.fac[h]) }
            if mesh.fac[h + 1] >= 0 { candidates.append(mesh.fac[h + 1]) }
        }
        stampValue += 1
        if stamp.count < mesh.faceCount { stamp += [Int](repeating: 0, count: mesh.faceCount - stamp.count) }
        var segments: [Segment] = []
        for f in candidates where stamp[f] != stampValue {
            stamp[f] = stampValue
            if let s = splitFace(f) { segments.append(s) }
        }
        if !segments.isEmpty { boundaries.append(UnitBoundary(layer: l, unit: j, segments: segments)) }
    }

    /// Splits face f if it has vertices strictly on both sides; returns the new edge as a segment.
    mutating func splitFace(_ f: Int) -> Segment? {
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
        _ = g
        let u = mesh.org[hu], w = mesh.org[hw]
        return Segment(Point2(mesh.vx[u], mesh.vy[u]), Point2(mesh.vx[w], mesh.vy[w]))
    }

    /// Sets this layer's bits of every face from the vertex average of z (z is affine on a face, so the
    /// average is its value at an interior point); |average| ≤ tol counts as z = 0 on the face.
    mutating func setBits(_ act: Activation, bitOffset: Int, tol: [Double]) {
        let n = mesh.width
        let zeroBit = act.isOn(0)
        var acc = [Double](repeating: 0, count: n)
        for f in 0..<mesh.faceCount {
            for k in 0..<n { acc[k] = 0 }
            var count = 0.0
            let start = mesh.faceEdge[f]
            var h = start
            repeat {
                let r = mesh.org[h] * n
                for k in 0..<n { acc[k] += mesh.z[r + k] }
                count += 1
                h = mesh.nxt[h]
            } while h != start
            for k in 0..<n {
                let avg = acc[k] / count
                let on = avg > tol[k] ? true : (avg < -tol[k] ? false : zeroBit)
                if on {
                    let bit = bitOffset + k
                    bits[f * words + bit / 64] |= UInt64(1) << UInt64(bit % 64)
                }
            }
        }
    }
}
