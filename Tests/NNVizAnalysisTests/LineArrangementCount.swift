/// The number of faces of an arrangement of lines inside an open box, by Euler's formula, independent of the
/// region splitter: 1 + L + Σ_p (m_p − 1), where L counts the distinct lines that cross the open box and p runs
/// over the points strictly inside where m_p ≥ 2 of them meet (Zaslavsky's count 1 + n + C(n, 2) when n lines
/// in general position meet pairwise inside the box).
///
/// Exact for integer lines a·x + b·y + c = 0 and an integer box: lines are reduced by their gcd and sign, and
/// intersection points are compared as exact fractions.
enum LineArrangementCount {
    struct Line: Hashable { var a: Int, b: Int, c: Int }

    /// The face count of the integer lines inside (x0, x1) × (y0, y1).
    static func exact(_ lines: [Line], box x0: Int, _ x1: Int, _ y0: Int, _ y1: Int) -> Int {
        let distinct = Set(lines.compactMap(normalised)).filter { line in
            let values = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)].map { line.a * $0.0 + line.b * $0.1 + line.c }
            return values.min()! < 0 && values.max()! > 0
        }
        let list = Array(distinct)
        struct Point: Hashable { var xn: Int, yn: Int, d: Int }
        var through: [Point: Set<Int>] = [:]
        for i in list.indices {
            for j in (i + 1)..<list.count {
                let p = list[i], q = list[j]
                let d = p.a * q.b - q.a * p.b
                guard d != 0 else { continue }
                var xn = p.b * q.c - q.b * p.c, yn = q.a * p.c - p.a * q.c, den = d
                if den < 0 { xn = -xn; yn = -yn; den = -den }
                // Strictly inside: x0 < xn/den < x1 and y0 < yn/den < y1.
                guard x0 * den < xn, xn < x1 * den, y0 * den < yn, yn < y1 * den else { continue }
                let g = gcd(gcd(abs(xn), abs(yn)), den)
                through[Point(xn: xn / g, yn: yn / g, d: den / g), default: []].formUnion([i, j])
            }
        }
        return 1 + list.count + through.values.reduce(0) { $0 + $1.count - 1 }
    }

    /// The face count of lines w·x + b = 0 in general position (no three within `separation` of one point)
    /// inside the box, counting pairwise intersections strictly inside; nil when some intersection lies within
    /// `margin` of the box's edge (ambiguous in floating point).
    static func generic(_ w: [[Double]], _ b: [Double], box x: ClosedRange<Double>, _ y: ClosedRange<Double>,
                        margin: Double = 1e-7) -> Int? {
        var lines = 0, points = 0
        let corners = [(x.lowerBound, y.lowerBound), (x.upperBound, y.lowerBound), (x.upperBound, y.upperBound),
                       (x.lowerBound, y.upperBound)]
        var crossing: [Int] = []
        for k in w.indices {
            let values = corners.map { w[k][0] * $0.0 + w[k][1] * $0.1 + b[k] }
            if values.min()! < 0 && values.max()! > 0 { lines += 1; crossing.append(k) }
        }
        for (n, i) in crossing.enumerated() {
            for j in crossing[(n + 1)...] {
                let det = w[i][0] * w[j][1] - w[i][1] * w[j][0]
                let px = (-b[i] * w[j][1] + b[j] * w[i][1]) / det, py = (-w[i][0] * b[j] + w[j][0] * b[i]) / det
                let inside = px > x.lowerBound && px < x.upperBound && py > y.lowerBound && py < y.upperBound
                let gap = min(abs(px - x.lowerBound), abs(px - x.upperBound), abs(py - y.lowerBound), abs(py - y.upperBound))
                if gap < margin { return nil }
                if inside { points += 1 }
            }
        }
        return 1 + lines + points
    }

    static func normalised(_ l: Line) -> Line? {
        let g = gcd(gcd(abs(l.a), abs(l.b)), abs(l.c))
        guard l.a != 0 || l.b != 0 else { return nil }
        var n = Line(a: l.a / g, b: l.b / g, c: l.c / g)
        if n.a < 0 || (n.a == 0 && n.b < 0) { n = Line(a: -n.a, b: -n.b, c: -n.c) }
        return n
    }

    static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
}
