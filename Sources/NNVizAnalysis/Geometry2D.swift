/// Small exact-enough helpers for convex polygons in the input plane.
enum Geometry2D {
    /// Signed area (positive for counter-clockwise).
    static func area(_ p: [Point2]) -> Double {
        var s = 0.0
        for i in p.indices {
            let a = p[i], b = p[(i + 1) % p.count]
            s += a.x * b.y - a.y * b.x
        }
        return 0.5 * s
    }

    /// True when `q` lies in the closed convex counter-clockwise polygon `p` (tolerance 1e-12 relative).
    static func contains(_ p: [Point2], _ q: Point2) -> Bool {
        for i in p.indices {
            let a = p[i], b = p[(i + 1) % p.count]
            let cross = (b.x - a.x) * (q.y - a.y) - (b.y - a.y) * (q.x - a.x)
            let scale = max(1, abs(b.x - a.x) + abs(b.y - a.y)) * max(1, abs(q.x - a.x) + abs(q.y - a.y))
            if cross < -1e-12 * scale { return false }
        }
        return true
    }

    /// The part of convex polygon `p` where f(x) ≥ 0 (f affine), by one Sutherland–Hodgman step.
    static func clip(_ p: [Point2], keep f: AffineMap2) -> [Point2] {
        var out: [Point2] = []
        for i in p.indices {
            let a = p[i], b = p[(i + 1) % p.count]
            let fa = f(a), fb = f(b)
            if fa >= 0 { out.append(a) }
            if (fa >= 0) != (fb >= 0) {
                let t = fa / (fa - fb)
                out.append(a + t * (b - a))
            }
        }
        return out
    }
}
