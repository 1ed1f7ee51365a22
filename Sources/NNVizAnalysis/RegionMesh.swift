/// A planar subdivision of the domain box into convex faces, as flat half-edge arrays.
///
/// Half-edges come in twin pairs (h, h ^ 1); `org[h]` is the start vertex, `nxt`/`prv` walk a face
/// counter-clockwise, `fac[h]` is the face (−1 for the outside of the box). Every vertex carries the
/// current layer's pre-activations (`z`, row-major, `width` values per vertex): the pre-activations are
/// continuous up to and including the first step layer, so one value per vertex is well defined.
/// `z` is column-major with room for `capacity` vertices: unit j of vertex v is z[j * capacity + v], so a
/// pass over one unit reads memory in order.
struct RegionMesh {
    var vx: [Double] = []
    var vy: [Double] = []
    var z: [Double] = []
    var width = 0
    var capacity = 64
    /// Vertices created in the current layer are interpolated lazily, one column at a time: vertex
    /// `layerStart + i` lies at fraction `frac[i]` from `parentA[i]` to `parentB[i]`, and column k holds
    /// correct values for the first `filled[k]` of them.
    var layerStart = 4
    var parentA: [Int] = []
    var parentB: [Int] = []
    var frac: [Double] = []
    var filled: [Int] = []
    var vertexEdge: [Int] = []
    var org: [Int] = []
    var nxt: [Int] = []
    var prv: [Int] = []
    var fac: [Int] = []
    var faceEdge: [Int] = []

    var vertexCount: Int { vx.count }
    var faceCount: Int { faceEdge.count }
    var edgePairCount: Int { org.count / 2 }

    /// The box [x0, x1] × [y0, y1] as one face (face 0), vertices counter-clockwise from (x0, y0).
    init(box x: ClosedRange<Double>, _ y: ClosedRange<Double>) {
        vx = [x.lowerBound, x.upperBound, x.upperBound, x.lowerBound]
        vy = [y.lowerBound, y.lowerBound, y.upperBound, y.upperBound]
        for k in 0..<4 {
            let a = k, b = (k + 1) % 4
            org += [a, b]
            fac += [0, -1]
            nxt += [2 * ((k + 1) % 4), 2 * ((k + 3) % 4) + 1]
            prv += [2 * ((k + 3) % 4), 2 * ((k + 1) % 4) + 1]
        }
        vertexEdge = [0, 2, 4, 6]
        faceEdge = [0]
    }

    /// Inserts a new vertex on the edge of half-edge `h` at fraction `t` from org[h] to org[h ^ 1], with
    /// the pre-activations interpolated linearly; returns the vertex.
    mutating func splitEdge(_ h: Int, at t: Double) -> Int {
        let tw = h ^ 1, a = org[h], b = org[tw], w = vx.count
        vx.append(vx[a] + t * (vx[b] - vx[a]))
        vy.append(vy[a] + t * (vy[b] - vy[a]))
        if w >= capacity { grow() }
        parentA.append(a)
        parentB.append(b)
        frac.append(t)
        let e = org.count
        // h: a→w, e: w→b (face of h); tw: w→a, e^1: b→w (face of tw).
        org.append(w); org.append(b)
        fac.append(fac[h]); fac.append(fac[tw])
        nxt.append(nxt[h]); nxt.append(tw)
        prv.append(h); prv.append(prv[tw])
        prv[nxt[h]] = e
        nxt[h] = e
        nxt[prv[tw]] = e + 1
        prv[tw] = e + 1
        org[tw] = w
        if vertexEdge[b] == tw { vertexEdge[b] = e + 1 }
        vertexEdge.append(e)
        return w
    }

    /// Splits the face of `hu` by a new edge from org[hu] to org[hw] (both on that face, not adjacent).
    /// The face keeps the cycle hu … prv[hw]; the new face (returned) gets hw … prv[hu].
    mutating func splitFace(_ hu: Int, _ hw: Int) -> Int {
        let f = fac[hu], g = faceEdge.count, d = org.count
        let pu = prv[hu], pw = prv[hw]
        org.append(org[hu]); org.append(org[hw])
        fac.append(g); fac.append(f)
        nxt.append(hw); nxt.append(hu)
        prv.append(pu); prv.append(pw)
        nxt[pw] = d + 1
        prv[hu] = d + 1
        nxt[pu] = d
        prv[hw] = d
        var h = hw
        while h != d {
            fac[h] = g
            h = nxt[h]
        }
        faceEdge[f] = hu
        faceEdge.append(hw)
        return g
    }

    /// Doubles the vertex capacity of `z`, moving every column.
    mutating func grow() {
        let old = capacity, new = 2 * capacity
        var bigger = [Double](repeating: 0, count: new * max(width, 1))
        for k in 0..<width {
            for v in 0..<min(old, vx.count) { bigger[k * new + v] = z[k * old + v] }
        }
        z = bigger
        capacity = new
    }

    /// Starts a new layer: every vertex value present is final; `filled` restarts for `width` columns.
    mutating func beginLayer() {
        layerStart = vx.count
        parentA.removeAll(keepingCapacity: true)
        parentB.removeAll(keepingCapacity: true)
        frac.removeAll(keepingCapacity: true)
        filled = [Int](repeating: 0, count: width)
    }

    /// Interpolates column k at the vertices created since `beginLayer` (in creation order, so parents first).
    mutating func fill(_ k: Int) {
        let count = parentA.count, from = filled[k], c = capacity, base = layerStart
        guard from < count else { return }
        z.withUnsafeMutableBufferPointer { p in
            let col = p.baseAddress! + k * c
            for i in from..<count {
                let za = col[parentA[i]]
                col[base + i] = za + frac[i] * (col[parentB[i]] - za)
            }
        }
        filled[k] = count
    }

    /// Unit k's value at vertex v.
    func value(_ v: Int, _ k: Int) -> Double { z[k * capacity + v] }

    /// The vertices of face `f`, counter-clockwise.
    func vertices(of f: Int) -> [Int] {
        var out: [Int] = []
        let start = faceEdge[f]
        var h = start
        repeat {
            out.append(org[h])
            h = nxt[h]
        } while h != start
        return out
    }

    /// The faces around vertex `v` (excluding the outside), possibly with repeats.
    func faces(around v: Int, into out: inout [Int]) {
        let start = vertexEdge[v]
        var h = start
        repeat {
            if fac[h] >= 0 { out.append(fac[h]) }
            h = nxt[h ^ 1]
        } while h != start
    }
}
