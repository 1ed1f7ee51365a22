import NNVizEngine

/// An edge between two regions f and g, from a to b.
struct SharedEdge {
    var f: Int
    var g: Int
    var a: Point2
    var b: Point2
}

/// The exact decision boundary of a classifier over its regions.
///
/// Single logit (identity / sigmoid / step output): class 1 where z^O ≥ 0 (sigmoid ≥ 0.5). Softmax: the argmax of the
/// logits (ties to the lower class index). Segments come from (1) the zero line of z^O (or of z_k − z_m)
/// crossing a region's interior, and (2) edges between regions whose classes differ along the whole edge
/// (the line lies on the edge, or the logits jump there, as after step hidden units).
enum DecisionBoundary2D {
    static func segments(_ r: Regions2D, network: Network, shared: [SharedEdge]) -> [Segment] {
        var out: [Segment] = []
        let k = r.outputCount
        for i in 0..<r.regionCount {
            let poly = r.polygon(of: i)
            if k == 1 {
                if let s = crossing(poly, r.outputMap(i, 0)) { out.append(s) }
            } else {
                out += softmaxSegments(poly, maps: (0..<k).map { r.outputMap(i, $0) })
            }
        }
        for e in shared {
            let cf = r.interiors[e.f], cg = r.interiors[e.g]
            let f1 = classOf(r, e.f, near(e.a, cf)), f2 = classOf(r, e.f, near(e.b, cf))
            let g1 = classOf(r, e.g, near(e.a, cg)), g2 = classOf(r, e.g, near(e.b, cg))
            if f1 == f2 && g1 == g2 && f1 != g1 { out.append(Segment(e.a, e.b)) }
        }
        return out
    }

    static func near(_ p: Point2, _ c: Point2) -> Point2 { p + 1e-6 * (c - p) }

    static func classOf(_ r: Regions2D, _ i: Int, _ p: Point2) -> Int {
        if r.outputCount == 1 { return r.outputMap(i, 0)(p) >= 0 ? 1 : 0 }
        var best = 0, value = -Double.infinity
        for k in 0..<r.outputCount {
            let v = r.outputMap(i, k)(p)
            if v > value { value = v; best = k }
        }
        return best
    }

    /// The segment where affine f is zero inside convex `poly`, if f takes both signs there.
    static func crossing(_ poly: [Point2], _ f: AffineMap2) -> Segment? {
        let values = poly.map { f($0) }
        let tol = 1e-10 * (values.map(abs).max() ?? 0)
        guard values.contains(where: { $0 > tol }) && values.contains(where: { $0 < -tol }) else { return nil }
        var points: [Point2] = []
        for i in poly.indices {
            let j = (i + 1) % poly.count, va = values[i], vb = values[j]
            if abs(va) <= tol { points.append(poly[i]); continue }
            if abs(vb) > tol && (va > 0) != (vb > 0) {
                points.append(poly[i] + (va / (va - vb)) * (poly[j] - poly[i]))
            }
        }
        guard let first = points.first, let last = points.last, points.count >= 2 else { return nil }
        return Segment(first, last)
    }

    /// Argmax change inside one region: for each class k, its cell {z_k ≥ z_m ∀m}; the cell edges on
    /// z_k = z_m (m > k) that are not on the region's boundary.
    static func softmaxSegments(_ poly: [Point2], maps: [AffineMap2]) -> [Segment] {
        var out: [Segment] = []
        let polyArea = abs(Geometry2D.area(poly))
        for k in maps.indices {
            var cell = poly
            for m in maps.indices where m != k {
                cell = Geometry2D.clip(cell, keep: difference(maps[k], maps[m]))
                if cell.count < 3 { break }
            }
            guard cell.count >= 3, abs(Geometry2D.area(cell)) > 1e-12 * polyArea else { continue }
            for i in cell.indices {
                let a = cell[i], b = cell[(i + 1) % cell.count]
                for m in maps.indices where m > k {
                    let d = difference(maps[k], maps[m])
                    let tol = 1e-9 * (abs(maps[k].c) + abs(maps[m].c) + 1)
                    if abs(d(a)) <= tol && abs(d(b)) <= tol && !onBoundary(poly, 0.5 * (a + b)) {
                        out.append(Segment(a, b))
                    }
                }
            }
        }
        return out
    }

    static func difference(_ p: AffineMap2, _ q: AffineMap2) -> AffineMap2 {
        AffineMap2(a1: p.a1 - q.a1, a2: p.a2 - q.a2, c: p.c - q.c)
    }

    static func onBoundary(_ poly: [Point2], _ q: Point2) -> Bool {
        for i in poly.indices {
            let a = poly[i], b = poly[(i + 1) % poly.count], d = b - a
            let len = (d * d).sum().squareRoot()
            let cross = d.x * (q.y - a.y) - d.y * (q.x - a.x)
            if abs(cross) <= 1e-9 * max(len, 1e-300) * max(len, 1) { return true }
        }
        return false
    }
}
