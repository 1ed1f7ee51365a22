import NNVizEngine

/// The pattern bits of a finished layer.
extension RegionSplitter {
    /// Sets the layer's bits of every face: bit j from the face's first vertex off unit j's line (every face
    /// lies on one side of every unit of the layer now); a face on the line everywhere gets `act.isOn(0)`.
    ///
    /// A unit whose zone missed a cell is on one side of the whole cell, so its bit is the cell's, read once
    /// at a corner (`CellBits`); only the units whose zone met the cell are decided face by face. A cell met
    /// by many units (the box in the first layer) takes the vectorised path for all of them (`fullFaceBits`).
    mutating func setLayerBits(_ act: Activation, bitOffset: Int) {
        let plan = CellBits(self)
        let zeroBit = act.isOn(0), chunks = plan.chunks, rows = values.rows, tol = values.tol
        for f in facesByCell() {
            let c = Int(values.faceCell[f])
            if plan.full[c] {
                fullFaceBits(f, zeroBit: zeroBit, bitOffset: bitOffset)
                continue
            }
            for k in 0..<chunks { orBits(face: f, at: bitOffset + 64 * k, plan.words[c * chunks + k]) }
            let r = values.recipe(mesh.origin(Int(mesh.faceEdge[f])))
            for i in plan.evaluateStart[c]..<plan.evaluateStart[c + 1] {
                let j = Int(plan.evaluate[i])
                // The first vertex decides unless it lies on unit j's line; then `side` walks on.
                let z = j == r.creator ? 0 : rows[r.p0 + j] + r.l1 * (rows[r.p1 + j] - rows[r.p0 + j])
                    + r.l2 * (rows[r.p2 + j] - rows[r.p0 + j])
                let on = z > tol[j] ? true : (z < -tol[j] ? false : side(f, j, zeroBit: zeroBit))
                if on { orBits(face: f, at: bitOffset + j, 1) }
            }
        }
    }

    /// Face f's bits for every unit of the layer: its first vertex decides 64 units at a time, the units on that
    /// vertex's line look at the next vertices.
    mutating func fullFaceBits(_ f: Int, zeroBit: Bool, bitOffset: Int) {
        let n = values.width, tol = values.tol, rows = values.rows
        var undecided: [Int] = []
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

/// Which units of the layer each cell needs face by face, and the bits of all the others, read at the cell's
/// first corner (a layer-start vertex).
struct CellBits {
    let chunks: Int
    /// Per cell: decide every unit face by face (too many units met the cell).
    var full: [Bool]
    /// Per cell, `chunks` words: the bits of the units decided for the whole cell.
    var words: [UInt64]
    /// Per cell c, `evaluate[evaluateStart[c] ..< evaluateStart[c + 1]]`: the units decided face by face.
    var evaluateStart: [Int]
    var evaluate: [Int32]

    init(_ splitter: RegionSplitter) {
        let values = splitter.values, n = values.width, cells = values.cellCount
        chunks = (n + 63) / 64
        full = [Bool](repeating: false, count: cells)
        words = [UInt64](repeating: 0, count: cells * chunks)
        let met = Self.unitsMeeting(splitter.zoneCells, splitter.zoneUnits, cells: cells)
        evaluateStart = [0]
        evaluate = []
        var list: [Int32] = []
        for c in 0..<cells {
            let units = met.units[met.start[c]..<met.start[c + 1]]
            if units.count * 8 >= n {
                full[c] = true
                evaluateStart.append(evaluate.count)
                continue
            }
            list = Array(units)
            values.rows.withUnsafeBufferPointer { rb in
                values.tol.withUnsafeBufferPointer { t in
                    guard let base = rb.baseAddress, let tp = t.baseAddress else { return }
                    let p0 = base + values.cornerRow(c)
                    for k in 0..<chunks {
                        let (on, zero) = RegionSplitter.signWords(p0 + 64 * k, p0 + 64 * k, p0 + 64 * k, 0, 0, tp + 64 * k,
                                                                  min(64, n - 64 * k))
                        words[c * chunks + k] = on
                        var rest = zero
                        while rest != 0 {
                            list.append(Int32(64 * k + rest.trailingZeroBitCount))
                            rest &= rest - 1
                        }
                    }
                }
            }
            for j in units { words[c * chunks + Int(j) / 64] &= ~(UInt64(1) << UInt64(Int(j) % 64)) }
            list.sort()
            var last: Int32 = -1
            for j in list where j != last {
                evaluate.append(j)
                last = j
            }
            evaluateStart.append(evaluate.count)
        }
    }

    /// The distinct units whose zone met each cell (pairs in unit order, grouped by a stable counting sort).
    static func unitsMeeting(_ cellOf: [Int32], _ unitOf: [Int32], cells: Int) -> (start: [Int], units: [Int32]) {
        var start = [Int](repeating: 0, count: cells + 1)
        for c in cellOf { start[Int(c) + 1] += 1 }
        for i in 0..<cells { start[i + 1] += start[i] }
        var fill = start, units = [Int32](repeating: -1, count: cellOf.count)
        for (c, j) in zip(cellOf, unitOf) {
            let c = Int(c)
            if fill[c] > start[c] && units[fill[c] - 1] == j { continue }
            units[fill[c]] = j
            fill[c] += 1
        }
        // Compact away the duplicates' slots.
        var compact: [Int32] = [], compactStart = [0]
        for c in 0..<cells {
            compact += units[start[c]..<fill[c]]
            compactStart.append(compact.count)
        }
        return (compactStart, compact)
    }
}
