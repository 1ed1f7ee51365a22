import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// Activation patterns written as text: bits per hidden layer, layers separated by "|" ("101|01").
enum PatternText {
    /// The hidden layers that contribute pattern bits (DESIGN §3: identity layers add none), with their width.
    static func bitLayers(_ network: Network) -> [(layer: Int, units: Int)] {
        network.hiddenLayers.enumerated().compactMap { l, layer in
            layer.activation.contributesPatternBits ? (l, layer.units) : nil
        }
    }

    /// "101|01" for the bits of `pattern` grouped by hidden layer.
    static func label(_ pattern: [Bool], network: Network) -> String {
        var parts: [String] = []
        var start = 0
        for (_, n) in bitLayers(network) {
            let end = min(start + n, pattern.count)
            parts.append(PatternColors.label(Array(pattern[min(start, end)..<end])))
            start = end
        }
        return parts.joined(separator: "|")
    }

    /// The index of hidden unit (`layer`, `unit`) in the pattern, or nil when its layer adds no bits.
    static func bitIndex(layer: Int, unit: Int, network: Network) -> Int? {
        var index = 0
        for (l, n) in bitLayers(network) {
            if l == layer { return index + unit }
            index += n
        }
        return nil
    }
}

/// A plot of the 2-D input box: input coordinates (x1 right, x2 up) to canvas, with the box's aspect ratio
/// (clamped to 1:2…2:1 so very flat domains stay readable). `InputPlanePanel` lays one out as a panel.
struct InputPlane {
    var axes: Axes
    var domain: [ClosedRange<Double>]

    /// The plane drawn over `frame` (the caller keeps the frame's aspect, see `InputPlane.aspect`).
    init(domain: [ClosedRange<Double>], frame: Rect) {
        axes = Axes(frame: frame, xDomain: (domain[0].lowerBound, domain[0].upperBound),
                    yDomain: (domain[1].lowerBound, domain[1].upperBound))
        self.domain = domain
    }

    /// The plane with its frame's top-left corner at `origin` and its longer side `size` canvas units.
    init(domain: [ClosedRange<Double>], origin: Point, size: Double) {
        let ratio = Self.aspect(domain)
        let w = ratio <= 1 ? size : size / ratio, h = ratio <= 1 ? size * ratio : size
        self.init(domain: domain, frame: Rect(x: origin.x, y: origin.y, width: w, height: h))
    }

    /// Height over width of the drawn box: the domain's, clamped to 1:2…2:1.
    static func aspect(_ domain: [ClosedRange<Double>]) -> Double {
        let dx = domain[0].upperBound - domain[0].lowerBound, dy = domain[1].upperBound - domain[1].lowerBound
        guard dx > 0, dy > 0, dx.isFinite, dy.isFinite else { return 1 }
        return max(0.5, min(2, dy / dx))
    }

    var frame: Rect { axes.frame }
    func point(_ p: Point2) -> Point { axes.point(p.x, p.y) }
    func path(_ polygon: [Point2]) -> Path { .polygon(polygon.map(point)) }

    /// The box as a counter-clockwise polygon in input coordinates.
    var box: [Point2] {
        let x = domain[0], y = domain[1]
        return [Point2(x.lowerBound, y.lowerBound), Point2(x.upperBound, y.lowerBound),
                Point2(x.upperBound, y.upperBound), Point2(x.lowerBound, y.upperBound)]
    }

    /// Canvas units per input unit along x1 and x2.
    var pixelsPerUnit: (x: Double, y: Double) {
        (frame.width / (domain[0].upperBound - domain[0].lowerBound), frame.height / (domain[1].upperBound - domain[1].lowerBound))
    }

    /// Grid, ticks and the input names as axis titles.
    func decoration(_ network: Network, theme: FigureTheme) -> [Node] {
        axes.decoration(theme: theme, xLabel: Notation.input(0, names: network.inputNames),
                        yLabel: Notation.input(1, names: network.inputNames), xTicks: 4, yTicks: 4)
    }

    /// The frame outline alone (drawn again on top of filled regions).
    func frameOutline(theme: FigureTheme) -> Node {
        .path(PathNode(path: .rect(frame), stroke: Stroke(color: theme.axis, width: theme.stroke(1))))
    }
}

/// Exact geometry on convex polygons of the input plane.
enum ConvexCut {
    /// The segment of {f = level} inside the convex polygon `poly`, when f takes values on both sides of
    /// `level` there (nil when the level set misses the interior or only touches the boundary).
    static func segment(_ poly: [Point2], _ f: AffineMap2, level: Double = 0) -> Segment? {
        let values = poly.map { f($0) - level }
        let tol = 1e-10 * max(1, values.map(abs).max() ?? 0)
        guard values.contains(where: { $0 > tol }), values.contains(where: { $0 < -tol }) else { return nil }
        var points: [Point2] = []
        for i in poly.indices {
            let j = (i + 1) % poly.count, va = values[i], vb = values[j]
            if abs(va) <= tol { points.append(poly[i]); continue }
            if abs(vb) > tol && (va > 0) != (vb > 0) { points.append(poly[i] + (va / (va - vb)) * (poly[j] - poly[i])) }
        }
        guard points.count >= 2, let a = points.first, let b = points.last else { return nil }
        return Segment(a, b)
    }

    /// The part of the convex polygon `p` where f ≥ 0 (one Sutherland–Hodgman step); fewer than 3 vertices
    /// when nothing of positive area is left.
    static func clip(_ p: [Point2], keep f: AffineMap2) -> [Point2] {
        var out: [Point2] = []
        for i in p.indices {
            let a = p[i], b = p[(i + 1) % p.count]
            let fa = f(a), fb = f(b)
            if fa >= 0 { out.append(a) }
            if (fa >= 0) != (fb >= 0) { out.append(a + (fa / (fa - fb)) * (b - a)) }
        }
        return out
    }

    /// Signed area (positive when counter-clockwise).
    static func area(_ p: [Point2]) -> Double {
        var s = 0.0
        for i in p.indices {
            let a = p[i], b = p[(i + 1) % p.count]
            s += a.x * b.y - a.y * b.x
        }
        return 0.5 * s
    }

    /// The area centroid (the vertex average for degenerate polygons).
    static func centroid(_ p: [Point2]) -> Point2 {
        let a = area(p)
        guard abs(a) > 1e-300 else { return p.reduce(Point2(0, 0), +) / Double(max(p.count, 1)) }
        var c = Point2(0, 0)
        for i in p.indices {
            let u = p[i], v = p[(i + 1) % p.count]
            c += (u + v) * (u.x * v.y - v.x * u.y)
        }
        return c / (6 * a)
    }

    /// True when every corner of `rect` (canvas) lies inside the convex canvas polygon `poly` (either orientation).
    static func contains(_ poly: [Point], _ rect: Rect) -> Bool {
        let corners = [Point(rect.minX, rect.minY), Point(rect.maxX, rect.minY), Point(rect.maxX, rect.maxY), Point(rect.minX, rect.maxY)]
        var sign = 0.0
        for i in poly.indices {
            let a = poly[i], b = poly[(i + 1) % poly.count]
            if abs(b.x - a.x) + abs(b.y - a.y) < 1e-9 { continue }
            for q in corners {
                let cross = (b.x - a.x) * (q.y - a.y) - (b.y - a.y) * (q.x - a.x)
                if abs(cross) < 1e-9 { continue }
                if sign == 0 { sign = cross > 0 ? 1 : -1 } else if (cross > 0 ? 1 : -1) != sign { return false }
            }
        }
        return true
    }
}

/// A figure's one-line reason for not applying.
struct SkipReason: Error {
    var text: String
    init(_ text: String) { self.text = text }
}

/// The region bound a caption quotes: Zaslavsky's count for one hidden layer, else the upper bound.
enum RegionBoundText {
    static func bound(_ network: Network) -> Int {
        let b = RegionBounds(network: network)
        return b.zaslavsky ?? b.upper
    }

    /// The bound with grouped digits ("550,731,776"); a saturated bound prints as "> 9.2e18".
    static func boundText(_ network: Network) -> String { text(bound: bound(network)) }

    /// A bound as text: grouped digits, "> 9.2e18" when saturated.
    static func text(bound b: Int) -> String { b == Int.max ? "> 9.2e18" : LabelFormat.grouped(b) }

    /// "3 regions (bound 4)", "1,204 regions (bound 550,731,776)".
    static func count(_ count: Int, network: Network) -> String {
        "\(LabelFormat.grouped(count)) region\(count == 1 ? "" : "s") (bound \(boundText(network)))"
    }
}
