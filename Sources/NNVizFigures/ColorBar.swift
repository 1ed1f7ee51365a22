import NNVizScene

/// A vertical colour bar for a `SurfaceScale`: its bands stacked bottom (low) to top (high), ticks at the
/// contour levels, the quantity on top. Step outputs show two labelled swatches instead.
struct ColorBar {
    var scale: SurfaceScale
    var frame: Rect

    func nodes(theme: FigureTheme) -> [Node] {
        var nodes: [Node] = []
        let (lo, hi) = scale.displayRange
        let span = max(hi - lo, 1e-12)
        func y(_ v: Double) -> Double { frame.maxY - (v - lo) / span * frame.height }
        if scale.kind == .step {
            for b in 0...1 {
                let rect = Rect(x: frame.minX, y: b == 1 ? frame.minY : frame.center.y, width: frame.width, height: frame.height / 2)
                nodes.append(.path(PathNode(path: .rect(rect), fill: scale.bandColor(b))))
                if theme.hatchesAreas && b == 1 {
                    nodes.append(.path(PathNode(path: HatchPattern.diagonal.lines(in: rect, spacing: 7), stroke: Stroke(color: Color(hex: 0x303030), width: 0.6))))
                }
                nodes.append(tick("ŷ = \(b)", y: rect.center.y, theme: theme))
            }
        } else {
            for b in 0...scale.levels.count {
                let (a, c) = scale.band(b)
                let rect = Rect(x: frame.minX, y: y(c), width: frame.width, height: max(0, y(a) - y(c)))
                nodes.append(.path(PathNode(path: .rect(rect), fill: scale.bandColor(b))))
                let hatched = scale.bandClass(b).map { $0 == 1 } ?? (0.5 * (a + c) < 0)
                if theme.hatchesAreas && hatched {
                    nodes.append(.path(PathNode(path: HatchPattern.diagonal.lines(in: rect, spacing: 7), stroke: Stroke(color: Color(hex: 0x303030), width: 0.6))))
                }
            }
            for level in scale.levels {
                let v = scale.display(level)
                nodes.append(.path(PathNode(path: .line(Point(frame.maxX, y(v)), Point(frame.maxX + 4, y(v))), stroke: Stroke(color: theme.axis, width: 1))))
                nodes.append(tick(LabelFormat.short(v, digits: 2), y: y(v), theme: theme))
            }
        }
        nodes.append(.path(PathNode(path: .rect(frame), stroke: Stroke(color: theme.axis, width: 1))))
        nodes.append(.text(TextNode(scale.quantity, at: Point(frame.minX, frame.minY - 8), font: theme.font(11), color: theme.text,
                                    anchor: .start, baseline: .alphabetic)))
        return [.group(GroupNode(nodes, info: NodeInfo(classes: ["colorbar"])))]
    }

    func tick(_ text: String, y: Double, theme: FigureTheme) -> Node {
        .text(TextNode(text, at: Point(frame.maxX + 7, y), font: theme.font(10), color: theme.text, anchor: .start, baseline: .middle))
    }
}

/// Hatch lines clipped exactly to a convex canvas polygon (the backends clip only to rectangles).
enum Hatching {
    static func lines(in polygon: [Point], pattern: HatchPattern, spacing: Double) -> Path {
        guard polygon.count >= 3 else { return Path() }
        let xs = polygon.map(\.x), ys = polygon.map(\.y)
        let box = Rect(x: xs.min() ?? 0, y: ys.min() ?? 0, width: (xs.max() ?? 0) - (xs.min() ?? 0), height: (ys.max() ?? 0) - (ys.min() ?? 0))
        var out = Path()
        var start: Point? = nil
        for e in pattern.lines(in: box, spacing: spacing).elements {
            switch e {
            case .move(let p): start = p
            case .line(let p):
                if let a = start, let (u, v) = clip(a, p, to: polygon) {
                    out.move(to: u)
                    out.line(to: v)
                }
                start = p
            default: break
            }
        }
        return out
    }

    /// Cyrus–Beck: the part of segment ab inside the convex polygon (either orientation).
    static func clip(_ a: Point, _ b: Point, to poly: [Point]) -> (Point, Point)? {
        var area = 0.0
        for i in poly.indices { let p = poly[i], q = poly[(i + 1) % poly.count]; area += p.x * q.y - q.x * p.y }
        let orientation: Double = area >= 0 ? 1 : -1
        var t0 = 0.0, t1 = 1.0
        let d = Point(b.x - a.x, b.y - a.y)
        for i in poly.indices {
            let p = poly[i], q = poly[(i + 1) % poly.count]
            // inside: orientation * cross(q − p, x − p) ≥ 0
            let ex = q.x - p.x, ey = q.y - p.y
            let f0 = orientation * (ex * (a.y - p.y) - ey * (a.x - p.x))
            let fd = orientation * (ex * d.y - ey * d.x)
            if abs(fd) < 1e-12 {
                if f0 < 0 { return nil }
                continue
            }
            let t = -f0 / fd
            if fd > 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
            if t0 >= t1 { return nil }
        }
        return (Point(a.x + t0 * d.x, a.y + t0 * d.y), Point(a.x + t1 * d.x, a.y + t1 * d.y))
    }
}
