/// A planar subdivision of the domain box into convex faces, as flat half-edge arrays with 32-bit indices.
///
/// Half-edges come in twin pairs (h, h ^ 1); `org[h]` is the start vertex, `nxt`/`prv` walk a face
/// counter-clockwise, `fac[h]` is the face (−1 for the outside of the box). The mesh holds geometry only: the
/// units' values at the vertices live in `LayerValues`. `chainNext` links the pieces of an edge that was split
/// during the current layer (pair p's next piece, −1 at the end), so a unit can find where its zero set
/// crosses an edge that existed when the layer began.
struct RegionMesh {
    var vx: [Double] = []
    var vy: [Double] = []
    var vertexEdge: [Int32] = []
    var org: [Int32] = []
    var nxt: [Int32] = []
    var prv: [Int32] = []
    var fac: [Int32] = []
    var faceEdge: [Int32] = []
    var chainNext: [Int32] = []

    var vertexCount: Int { vx.count }
    var faceCount: Int { faceEdge.count }
    var edgePairCount: Int { org.count / 2 }

    /// The box [x0, x1] × [y0, y1] as one face (face 0), vertices counter-clockwise from (x0, y0).
    init(box x: ClosedRange<Double>, _ y: ClosedRange<Double>) {
        vx = [x.lowerBound, x.upperBound, x.upperBound, x.lowerBound]
        vy = [y.lowerBound, y.lowerBound, y.upperBound, y.upperBound]
        for k in 0..<4 {
            let a = Int32(k), b = Int32((k + 1) % 4)
            org += [a, b]
            fac += [0, -1]
            nxt += [Int32(2 * ((k + 1) % 4)), Int32(2 * ((k + 3) % 4) + 1)]
            prv += [Int32(2 * ((k + 3) % 4)), Int32(2 * ((k + 1) % 4) + 1)]
        }
        vertexEdge = [0, 2, 4, 6]
        faceEdge = [0]
        chainNext = [-1, -1, -1, -1]
    }

    /// The start vertex of half-edge h.
    @inline(__always) func origin(_ h: Int) -> Int { Int(org[h]) }
    /// The half-edge after h on its face.
    @inline(__always) func next(_ h: Int) -> Int { Int(nxt[h]) }
    /// The face of half-edge h (−1 outside the box).
    @inline(__always) func face(_ h: Int) -> Int { Int(fac[h]) }

    /// Inserts a new vertex on the edge of half-edge `h` at fraction `t` from org[h] to org[h ^ 1];
    /// returns the vertex. The new pair follows h's pair in its `chainNext` list.
    mutating func splitEdge(_ h: Int, at t: Double) -> Int {
        let tw = h ^ 1, a = origin(h), b = origin(tw), w = vx.count
        vx.append(vx[a] + t * (vx[b] - vx[a]))
        vy.append(vy[a] + t * (vy[b] - vy[a]))
        let e = org.count, e32 = Int32(e), w32 = Int32(w)
        // h: a→w, e: w→b (face of h); tw: w→a, e^1: b→w (face of tw).
        org.append(w32); org.append(Int32(b))
        fac.append(fac[h]); fac.append(fac[tw])
        nxt.append(nxt[h]); nxt.append(Int32(tw))
        prv.append(Int32(h)); prv.append(prv[tw])
        prv[next(h)] = e32
        nxt[h] = e32
        nxt[Int(prv[tw])] = e32 + 1
        prv[tw] = e32 + 1
        org[tw] = w32
        if vertexEdge[b] == Int32(tw) { vertexEdge[b] = e32 + 1 }
        vertexEdge.append(e32)
        chainNext.append(chainNext[h >> 1])
        chainNext[h >> 1] = Int32(e >> 1)
        return w
    }

    /// Splits the face of `hu` by a new edge from org[hu] to org[hw] (both on that face, not adjacent).
    /// The face keeps the cycle hu … prv[hw]; the new face (returned) gets hw … prv[hu].
    mutating func splitFace(_ hu: Int, _ hw: Int) -> Int {
        let f = face(hu), g = faceEdge.count, d = org.count, d32 = Int32(d)
        let pu = Int(prv[hu]), pw = Int(prv[hw])
        org.append(org[hu]); org.append(org[hw])
        fac.append(Int32(g)); fac.append(Int32(f))
        nxt.append(Int32(hw)); nxt.append(Int32(hu))
        prv.append(Int32(pu)); prv.append(Int32(pw))
        nxt[pw] = d32 + 1
        prv[hu] = d32 + 1
        nxt[pu] = d32
        prv[hw] = d32
        var h = hw
        while h != d {
            fac[h] = Int32(g)
            h = next(h)
        }
        faceEdge[f] = Int32(hu)
        faceEdge.append(Int32(hw))
        chainNext.append(-1)
        return g
    }

    /// Starts a new layer: every existing edge is a whole edge again (its own chain).
    mutating func beginLayer() {
        chainNext = [Int32](repeating: -1, count: edgePairCount)
    }


    /// The faces around vertex `v` (excluding the outside), possibly with repeats, in rotation order.
    func faces(around v: Int, into out: inout [Int]) {
        let start = Int(vertexEdge[v])
        var h = start
        repeat {
            if fac[h] >= 0 { out.append(face(h)) }
            h = next(h ^ 1)
        } while h != start
    }
}
