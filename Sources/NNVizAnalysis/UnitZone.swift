/// The zone of one unit: the faces its zero set touches, the vertices on it and the edges it crosses strictly.
///
/// Found by a walk through face adjacency from seeds (see `RegionSplitter.findZone`): each face of the zone is
/// visited once, so the work is proportional to the size of the zone, not of the mesh. Marks are stamps, so
/// starting the next unit costs nothing.
struct UnitZone {
    private var stamp: Int32 = 0
    private var vertexMark: [Int32] = []
    private var pairMark: [Int32] = []
    private var faceMark: [Int32] = []
    /// Vertices with sign 0 (discovery order until `sort`).
    var zeros: [Int] = []
    /// Edge pairs whose ends have strictly opposite signs.
    var crossings: [Int] = []
    /// Faces still to visit.
    var queue: [Int] = []

    /// Starts a new unit on a mesh of the given size.
    mutating func reset(vertices: Int, pairs: Int, faces: Int) {
        stamp &+= 1
        if vertexMark.count < vertices { vertexMark += [Int32](repeating: 0, count: vertices - vertexMark.count) }
        if pairMark.count < pairs { pairMark += [Int32](repeating: 0, count: pairs - pairMark.count) }
        if faceMark.count < faces { faceMark += [Int32](repeating: 0, count: faces - faceMark.count) }
        zeros.removeAll(keepingCapacity: true)
        crossings.removeAll(keepingCapacity: true)
        queue.removeAll(keepingCapacity: true)
    }

    /// Marks vertex v; true the first time.
    @inline(__always) mutating func firstVisit(vertex v: Int) -> Bool {
        if vertexMark[v] == stamp { return false }
        vertexMark[v] = stamp
        return true
    }

    /// Marks pair p; true the first time.
    @inline(__always) mutating func firstVisit(pair p: Int) -> Bool {
        if pairMark[p] == stamp { return false }
        pairMark[p] = stamp
        return true
    }

    /// Queues face f unless it was queued before.
    @inline(__always) mutating func enqueue(face f: Int) {
        guard f >= 0, faceMark[f] != stamp else { return }
        faceMark[f] = stamp
        queue.append(f)
    }
}

/// A "seen" mark per face for one pass, by stamps; grows with the faces.
struct FaceMarks {
    private var stamp: Int32 = 0
    private var mark: [Int32] = []

    mutating func reset(faces: Int) {
        stamp &+= 1
        if mark.count < faces { mark += [Int32](repeating: 0, count: faces - mark.count) }
    }

    /// Marks face f (growing the marks as needed); true the first time.
    @inline(__always) mutating func firstVisit(_ f: Int) -> Bool {
        if f >= mark.count { mark += [Int32](repeating: 0, count: f + 1 - mark.count) }
        if mark[f] == stamp { return false }
        mark[f] = stamp
        return true
    }
}

/// A Bool per face for one pass (a unit's side of each face it asked about), by stamps.
struct FaceSides {
    private var stamp: Int32 = 0
    private var mark: [Int32] = []
    private var side: [Bool] = []

    mutating func reset(faces: Int) {
        stamp &+= 1
        if mark.count < faces {
            mark += [Int32](repeating: 0, count: faces - mark.count)
            side += [Bool](repeating: false, count: faces - side.count)
        }
    }

    func value(_ f: Int) -> Bool? { mark[f] == stamp ? side[f] : nil }

    mutating func set(_ f: Int, _ value: Bool) {
        mark[f] = stamp
        side[f] = value
    }
}
