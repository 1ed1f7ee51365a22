import NNVizEngine

/// Finding a unit's zone, and the pattern bits of a finished layer.
extension RegionSplitter {
    /// Fills `zone` for unit j: the vertices on its line and the edges it crosses, with the faces around them.
    ///
    /// Inside a cell (a face of the layer-start mesh) unit j is affine, so its zero set there is one chord
    /// whose ends lie on the cell's boundary: on a layer-start edge whose ends have strictly opposite signs,
    /// or at a layer-start vertex on the line. Those are the seeds (one pass over the layer-start edges against
    /// the unit's sign bit sets); from them the walk follows the zero set through face adjacency: a face of
    /// the zone passes the walk on through its vertices on the line and its strictly crossed edges.
    mutating func findZone(_ j: Int) {
        zone.reset(vertices: mesh.vertexCount, pairs: mesh.edgePairCount, faces: mesh.faceCount)
        var seeds: [Int] = []
        values.zeroStartVertices(j, into: &seeds)
        for v in seeds { addZero(v) }
        for s in 0..<startEdgeCount where values.crosses(Int(startA[s]), Int(startB[s]), j) {
            var p = s
            while p >= 0 {
                let a = mesh.origin(2 * p), b = mesh.origin(2 * p + 1)
                let sa = values.sign(a, j), sb = values.sign(b, j)
                if sa == 0 { addZero(a) }
                if sb == 0 { addZero(b) }
                if Int(sa) * Int(sb) < 0 { addCrossing(p) }
                p = Int(mesh.chainNext[p])
            }
        }
        while let f = zone.queue.popLast() { visit(f, j) }
    }

    /// Passes the walk on from face f: its vertices on the line and its strictly crossed edges.
    private mutating func visit(_ f: Int, _ j: Int) {
        let start = Int(mesh.faceEdge[f])
        var h = start, sa = values.sign(mesh.origin(h), j)
        repeat {
            let n = mesh.next(h), sb = values.sign(mesh.origin(n), j)
            if sa == 0 { addZero(mesh.origin(h)) }
            if Int(sa) * Int(sb) < 0 { addCrossing(h >> 1) }
            h = n
            sa = sb
        } while h != start
    }

    private mutating func addZero(_ v: Int) {
        guard zone.firstVisit(vertex: v) else { return }
        zone.zeros.append(v)
        let first = Int(mesh.vertexEdge[v])
        var h = first
        repeat {
            zone.enqueue(face: mesh.face(h))
            h = mesh.next(h ^ 1)
        } while h != first
    }

    private mutating func addCrossing(_ p: Int) {
        guard zone.firstVisit(pair: p) else { return }
        zone.crossings.append(p)
        zone.enqueue(face: mesh.face(2 * p))
        zone.enqueue(face: mesh.face(2 * p + 1))
    }

    /// Sets the layer's bits of every face: bit j from the face's first vertex off unit j's line (every face
    /// lies on one side of every unit of the layer now); a face on the line everywhere gets `act.isOn(0)`.
    /// The first vertex decides 64 units at a time; the few units on its line look at the next vertices.
    mutating func setLayerBits(_ act: Activation, bitOffset: Int) {
        let n = values.width, zeroBit = act.isOn(0)
        var undecided: [Int] = []
        let tol = values.tol, rows = values.rows
        for f in facesByCell() {
            let start = Int(mesh.faceEdge[f])
            undecided.removeAll(keepingCapacity: true)
            let r = values.recipe(mesh.origin(start))
            rows.withUnsafeBufferPointer { rb in
                tol.withUnsafeBufferPointer { t in
                    guard let base = rb.baseAddress, let tp = t.baseAddress else { return }
                    var chunk = 0
                    while chunk < n {
                        let m = min(64, n - chunk)
                        var (on, zero) = Self.signWords(base + r.p0 + chunk, base + r.p1 + chunk, base + r.p2 + chunk,
                                                        r.l1, r.l2, tp + chunk, m)
                        if r.creator >= chunk && r.creator < chunk + m {
                            let bit = UInt64(1) << UInt64(r.creator - chunk)
                            on &= ~bit
                            zero |= bit
                        }
                        orBits(face: f, at: bitOffset + chunk, on)
                        while zero != 0 {
                            undecided.append(chunk + zero.trailingZeroBitCount)
                            zero &= zero - 1
                        }
                        chunk += 64
                    }
                }
            }
            var h = mesh.next(start)
            while !undecided.isEmpty && h != start {
                let v = mesh.origin(h)
                var k = 0
                while k < undecided.count {
                    let s = values.sign(v, undecided[k])
                    if s == 0 { k += 1; continue }
                    if s > 0 { orBits(face: f, at: bitOffset + undecided[k], 1) }
                    undecided.swapAt(k, undecided.count - 1)
                    undecided.removeLast()
                }
                h = mesh.next(h)
            }
            if zeroBit { for j in undecided { orBits(face: f, at: bitOffset + j, 1) } }
        }
    }

    /// The faces ordered by cell (faces of one cell share the three corner rows their values come from, so
    /// they are read from cache), in face order within a cell.
    func facesByCell() -> [Int] {
        let cells = values.faceCell
        var start = [Int](repeating: 0, count: (cells.map(Int.init).max() ?? 0) + 2)
        for c in cells { start[Int(c) + 1] += 1 }
        for i in 1..<start.count { start[i] += start[i - 1] }
        var order = [Int](repeating: 0, count: cells.count)
        for (f, c) in cells.enumerated() {
            order[start[Int(c)]] = f
            start[Int(c)] += 1
        }
        return order
    }

    /// Bit k of `on`: z_k > t[k]; bit k of `zero`: |z_k| ≤ t[k]; for k < count ≤ 64, where
    /// z_k = p0[k] + l1·(p1[k] − p0[k]) + l2·(p2[k] − p0[k]) (a vertex's values, `LayerValues.recipe`).
    /// The comparisons go to bytes first (a loop the compiler vectorises), then 8 bytes pack into 8 bits.
    @inline(__always) static func signWords(_ p0: UnsafePointer<Double>, _ p1: UnsafePointer<Double>,
                                            _ p2: UnsafePointer<Double>, _ l1: Double, _ l2: Double,
                                            _ t: UnsafePointer<Double>, _ count: Int) -> (UInt64, UInt64) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { buffer -> (UInt64, UInt64) in
            guard let bytes = buffer.baseAddress else { return (0, 0) }
            bytes.initialize(repeating: 0, count: 128)
            for k in 0..<count {
                let z = p0[k] + l1 * (p1[k] - p0[k]) + l2 * (p2[k] - p0[k])
                let above: UInt8 = z > t[k] ? 1 : 0, below: UInt8 = z < -t[k] ? 1 : 0
                bytes[k] = above
                bytes[64 + k] = 1 &- above &- below
            }
            return UnsafeRawPointer(bytes).withMemoryRebound(to: UInt64.self, capacity: 16) { words in
                var on: UInt64 = 0, zero: UInt64 = 0
                for i in 0..<8 {
                    // 8 bytes of 0/1 → 8 bits: byte i moves to bit 56 + i, and no two partial products collide.
                    on |= ((words[i] &* 0x0102_0408_1020_4080) >> 56) << UInt64(8 * i)
                    zero |= ((words[8 + i] &* 0x0102_0408_1020_4080) >> 56) << UInt64(8 * i)
                }
                if count < 64 { zero &= (UInt64(1) << UInt64(count)) - 1 }
                return (on, zero)
            }
        }
    }

    /// ORs the bits of `word` into face f's pattern, starting at pattern bit `bit`.
    @inline(__always) mutating func orBits(face f: Int, at bit: Int, _ word: UInt64) {
        guard word != 0 else { return }
        let i = f * words + bit >> 6, shift = UInt64(bit & 63)
        bits[i] |= word << shift
        if shift > 0, word >> (64 - shift) != 0 { bits[i + 1] |= word >> (64 - shift) }
    }
}
