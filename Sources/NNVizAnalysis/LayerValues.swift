import NNVizEngine

/// The current layer's pre-activations at every vertex of the mesh, stored compactly.
///
/// Vertices that existed when the layer began ("start vertices") keep a row of `width` values (row-major).
/// Every unit of the layer is affine on each face of the layer-start subdivision (a "cell"), so a vertex
/// created during the layer stores only its cell and two barycentric coordinates against three corners of
/// that cell: memory grows by 20 bytes per new vertex, not by `width` values. One value per vertex (from one
/// cell) keeps neighbouring faces in agreement on every sign.
///
/// Signs use the sliver rule of `RegionSplitter`: |z_j| ≤ `tol[j]` counts as 0. The signs of the start
/// vertices are kept as two bit sets per unit, so a unit's pass over the layer-start edges stays in cache.
struct LayerValues {
    private(set) var width: Int
    private(set) var startCount: Int
    private(set) var rows: [Double]
    private var newCell: [Int32] = []
    private var newL1: [Double] = []
    private var newL2: [Double] = []
    /// The unit whose zero set a new vertex was created on: exactly 0 for that unit.
    private var newCreator: [Int32] = []
    /// Three corners per cell (p0, p1, p2), chosen far apart.
    private var corners: [Int32] = []
    /// The cell of every face.
    private(set) var faceCell: [Int32] = []
    private(set) var tol: [Double] = []
    private(set) var scale: [Double] = []
    /// Sign codes of the start vertices, 2 bits each (01: +, 10: −, 00: on the line), 32 vertices a word,
    /// `wordsPerUnit` words per unit.
    private var wordsPerUnit = 0
    private var codes: [UInt64] = []

    /// The first layer's pre-activations at the four corners of the box.
    init(first: DenseLayer, mesh: RegionMesh) {
        width = first.units
        startCount = mesh.vertexCount
        rows = [Double](repeating: 0, count: startCount * width)
        for v in 0..<startCount {
            for j in 0..<width {
                rows[v * width + j] = first.weights[j, 0] * mesh.vx[v] + first.weights[j, 1] * mesh.vy[v] + first.biases[j]
            }
        }
    }

    // MARK: reading values

    /// The number of cells (faces of the layer-start mesh).
    var cellCount: Int { corners.count / 3 }
    /// The offset in `rows` of cell c's first corner (a start vertex).
    func cornerRow(_ c: Int) -> Int { Int(corners[3 * c]) * width }

    /// Unit j's value at vertex v.
    @inline(__always) func value(_ v: Int, _ j: Int) -> Double {
        if v < startCount { return rows[v * width + j] }
        let i = v - startCount, c = Int(newCell[i]) * 3
        let z0 = rows[Int(corners[c]) * width + j]
        return z0 + newL1[i] * (rows[Int(corners[c + 1]) * width + j] - z0)
            + newL2[i] * (rows[Int(corners[c + 2]) * width + j] - z0)
    }

    /// +1, −1 or 0 (within the tolerance, or created on unit j's line) for unit j at vertex v.
    @inline(__always) func sign(_ v: Int, _ j: Int) -> Int8 {
        if v < startCount {
            let code = startCode(v, j)
            return code == 1 ? 1 : (code == 2 ? -1 : 0)
        }
        if newCreator[v - startCount] == Int32(j) { return 0 }
        let z = value(v, j)
        return z > tol[j] ? 1 : (z < -tol[j] ? -1 : 0)
    }

    /// Where vertex v's values come from: row offsets p0, p1, p2 into `rows` and weights, values
    /// rows[p0 + j] + l1·(rows[p1 + j] − rows[p0 + j]) + l2·(rows[p2 + j] − rows[p0 + j]); `creator` is the unit
    /// that is exactly 0 there (−1: none).
    @inline(__always) func recipe(_ v: Int) -> (p0: Int, p1: Int, p2: Int, l1: Double, l2: Double, creator: Int) {
        if v < startCount { return (v * width, v * width, v * width, 0, 0, -1) }
        let i = v - startCount, c = Int(newCell[i]) * 3
        return (Int(corners[c]) * width, Int(corners[c + 1]) * width, Int(corners[c + 2]) * width, newL1[i], newL2[i],
                Int(newCreator[i]))
    }

    /// All `width` values at vertex v, written to `out`.
    func row(_ v: Int, into out: UnsafeMutablePointer<Double>) {
        rows.withUnsafeBufferPointer { r in
            guard let base = r.baseAddress else { return }
            if v < startCount {
                out.update(from: base + v * width, count: width)
                return
            }
            let i = v - startCount, c = Int(newCell[i]) * 3, l1 = newL1[i], l2 = newL2[i]
            let p0 = base + Int(corners[c]) * width, p1 = base + Int(corners[c + 1]) * width
            let p2 = base + Int(corners[c + 2]) * width
            for j in 0..<width { out[j] = p0[j] + l1 * (p1[j] - p0[j]) + l2 * (p2[j] - p0[j]) }
            let creator = Int(newCreator[i])
            if creator >= 0 { out[creator] = 0 }
        }
    }

    /// The 2-bit sign code of start vertex v for unit j.
    @inline(__always) func startCode(_ v: Int, _ j: Int) -> UInt64 {
        codes[j * wordsPerUnit + v >> 5] >> UInt64(2 * (v & 31)) & 3
    }

    /// The start vertices where unit j is 0 (within the tolerance), ascending.
    func zeroStartVertices(_ j: Int, into out: inout [Int]) {
        let low: UInt64 = 0x5555_5555_5555_5555
        for w in 0..<wordsPerUnit {
            let c = codes[j * wordsPerUnit + w]
            var free = ~(c | c >> 1) & low
            while free != 0 {
                let v = w << 5 + free.trailingZeroBitCount >> 1
                if v >= startCount { break }
                out.append(v)
                free &= free - 1
            }
        }
    }

    /// True when unit j has strictly opposite signs at start vertices a and b.
    @inline(__always) func crosses(_ a: Int, _ b: Int, _ j: Int) -> Bool {
        startCode(a, j) ^ startCode(b, j) == 3
    }

    // MARK: a new layer

    /// Makes every current vertex a start vertex and every face a cell: tolerances, sign bit sets, corners.
    mutating func beginLayer(_ mesh: RegionMesh) {
        scale = [Double](repeating: 0, count: width)
        rows.withUnsafeBufferPointer { r in
            for v in 0..<startCount {
                for j in 0..<width { scale[j] = max(scale[j], abs(r[v * width + j])) }
            }
        }
        tol = scale.map { $0 * RegionSplitter.relativeTolerance }
        wordsPerUnit = (startCount + 31) / 32
        codes = [UInt64](repeating: 0, count: wordsPerUnit * width)
        rows.withUnsafeBufferPointer { r in
            codes.withUnsafeMutableBufferPointer { c in
                for v in 0..<startCount {
                    let word = v >> 5, shift = UInt64(2 * (v & 31))
                    for j in 0..<width {
                        let z = r[v * width + j]
                        let code: UInt64 = z > tol[j] ? 1 : (z < -tol[j] ? 2 : 0)
                        c[j * wordsPerUnit + word] |= code << shift
                    }
                }
            }
        }
        corners.removeAll(keepingCapacity: true)
        for f in 0..<mesh.faceCount { appendCorners(of: f, mesh) }
        faceCell = (0..<Int32(mesh.faceCount)).map { $0 }
    }

    /// Three corners of face f far apart: the first vertex, the one farthest from it, and the one farthest
    /// from the line through both (barycentric coordinates against them stay small inside the convex face).
    private mutating func appendCorners(of f: Int, _ mesh: RegionMesh) {
        let start = Int(mesh.faceEdge[f]), p0 = mesh.origin(start)
        let x0 = mesh.vx[p0], y0 = mesh.vy[p0]
        var p1 = p0, far = -1.0, h = start
        repeat {
            let v = mesh.origin(h), dx = mesh.vx[v] - x0, dy = mesh.vy[v] - y0
            if dx * dx + dy * dy > far { far = dx * dx + dy * dy; p1 = v }
            h = mesh.next(h)
        } while h != start
        let ux = mesh.vx[p1] - x0, uy = mesh.vy[p1] - y0
        var p2 = p0, best = -1.0
        repeat {
            let v = mesh.origin(h), cross = abs(ux * (mesh.vy[v] - y0) - uy * (mesh.vx[v] - x0))
            if cross > best { best = cross; p2 = v }
            h = mesh.next(h)
        } while h != start
        corners.append(Int32(p0)); corners.append(Int32(p1)); corners.append(Int32(p2))
    }

    /// Records vertex w, just created inside (or on the boundary of) the cell of face f, on unit `creator`'s line.
    mutating func addVertex(_ w: Int, face f: Int, creator: Int, _ mesh: RegionMesh) {
        let cell = Int(faceCell[f]), c = cell * 3
        let a = Int(corners[c]), b = Int(corners[c + 1]), d = Int(corners[c + 2])
        let x0 = mesh.vx[a], y0 = mesh.vy[a]
        let ux = mesh.vx[b] - x0, uy = mesh.vy[b] - y0, vx = mesh.vx[d] - x0, vy = mesh.vy[d] - y0
        let px = mesh.vx[w] - x0, py = mesh.vy[w] - y0
        let det = ux * vy - vx * uy
        newCell.append(Int32(cell))
        newL1.append((px * vy - vx * py) / det)
        newL2.append((ux * py - px * uy) / det)
        newCreator.append(Int32(creator))
    }

    /// Records face g, just split off face f.
    mutating func addFace(_ g: Int, from f: Int) { faceCell.append(faceCell[f]) }

    // MARK: the next layer

    /// z ← g(z)·Wᵀ + b for the next layer at all `vertexCount` vertices, in blocks (one engine BLAS call per
    /// block); afterwards every vertex is a start vertex with a row of `next.units` values.
    mutating func transition(_ act: Activation, to next: DenseLayer, vertexCount: Int) {
        let n = next.units, block = 1024
        var out = [Double](unsafeUninitializedCapacity: vertexCount * n) { _, count in count = vertexCount * n }
        var u = [Double](repeating: 0, count: block * width)
        for first in stride(from: 0, to: vertexCount, by: block) {
            let count = min(block, vertexCount - first)
            u.withUnsafeMutableBufferPointer { ub in
                guard let base = ub.baseAddress else { return }
                for i in 0..<count { row(first + i, into: base + i * width) }
                Self.activate(act, base, count * width)
            }
            out.withUnsafeMutableBufferPointer { ob in
                u.withUnsafeBufferPointer { ub in
                    guard let o = ob.baseAddress, let i = ub.baseAddress else { return }
                    LinearAlgebra.affine(rows: count, input: i, layer: next, into: o + first * n)
                }
            }
        }
        rows = out
        width = n
        startCount = vertexCount
        newCell = []; newL1 = []; newL2 = []; newCreator = []
        corners = []; codes = []
    }

    /// Applies a piecewise-linear activation in place.
    static func activate(_ act: Activation, _ p: UnsafeMutablePointer<Double>, _ count: Int) {
        switch act {
        case .identity: return
        case .relu: for k in 0..<count { p[k] = p[k] > 0 ? p[k] : 0 }
        case .leakyReLU(let s): for k in 0..<count { p[k] = p[k] > 0 ? p[k] : s * p[k] }
        case .step: for k in 0..<count { p[k] = p[k] >= 0 ? 1 : 0 }
        default: for k in 0..<count { p[k] = act.apply(p[k]) }
        }
    }
}
