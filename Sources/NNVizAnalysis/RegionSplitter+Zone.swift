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
        zoneCells.append(values.faceCell[f])
        zoneUnits.append(Int32(j))
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
}
