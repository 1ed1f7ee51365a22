import NNVizScene

/// A colour bar for a `SurfaceScale` as a panel: vertical (bands bottom = low to top = high, tick labels at the
/// contour levels on the right, the quantity on top) when it is given about its natural width beside a map,
/// horizontal (low left, high right, tick labels below) when it is wider (below a map). Step outputs show two
/// labelled swatches. Hatching (print theme) marks the same bands as on the map: the class-1 / positive side.
struct ColorBar: Panel {
    var scale: SurfaceScale
    /// Room left under a vertical bar so it ends where the map's frame ends (the map's bottom margin).
    var bottomInset: (FigureTheme) -> Double = { _ in 0 }

    func barThickness(_ theme: FigureTheme) -> Double { theme.type.label * 1.4 }

    var tickLabels: [String] {
        scale.kind == .step ? ["ŷ = 0", "ŷ = 1"] : scale.levels.map { LabelFormat.short(scale.display($0), digits: 2) }
    }

    /// The width a vertical bar needs.
    func naturalWidth(_ theme: FigureTheme) -> Double {
        let widest = tickLabels.map { TextMetrics.width(of: $0, font: theme.font(.tick)) }.max() ?? 0
        return max(barThickness(theme) + theme.type.pad + widest, TextMetrics.width(of: scale.quantity, font: theme.font(.label)))
    }

    func isHorizontal(_ width: Double, theme: FigureTheme) -> Bool { width > 2 * naturalWidth(theme) }

    func height(width: Double, theme: FigureTheme) -> Double {
        let title = theme.type.lineHeight(.label)
        if isHorizontal(width, theme: theme) { return title + barThickness(theme) + theme.type.pad + theme.type.lineHeight(.tick) }
        return title + 8 * theme.type.lineHeight(.tick) + bottomInset(theme)
    }

    func draw(in rect: Rect, theme: FigureTheme) -> [Node] {
        let title = theme.type.lineHeight(.label)
        var nodes: [Node] = [.text(TextNode(scale.quantity, at: Point(rect.minX, rect.minY + title / 2), font: theme.font(.label),
                                            color: theme.text, anchor: .start, baseline: .middle))]
        let horizontal = isHorizontal(rect.width, theme: theme)
        let widest = tickLabels.map { TextMetrics.width(of: $0, font: theme.font(.tick)) }.max() ?? 0
        let frame = horizontal
            ? Rect(x: rect.minX + widest / 2, y: rect.minY + title, width: max(1, rect.width - widest), height: barThickness(theme))
            : Rect(x: rect.minX, y: rect.minY + title + theme.type.pad, width: barThickness(theme),
                   height: max(1, rect.height - title - theme.type.pad - bottomInset(theme)))
        nodes += bands(frame, horizontal: horizontal, theme: theme)
        nodes.append(.path(PathNode(path: .rect(frame), stroke: Stroke(color: theme.axis, width: theme.stroke(1)))))
        return [.group(GroupNode(nodes, info: NodeInfo(classes: ["colorbar"])))]
    }

    /// Where display value v sits along the bar.
    func position(_ v: Double, _ frame: Rect, horizontal: Bool) -> Double {
        let (lo, hi) = scale.displayRange
        let t = (v - lo) / max(hi - lo, 1e-12)
        return horizontal ? frame.minX + t * frame.width : frame.maxY - t * frame.height
    }

    func bands(_ frame: Rect, horizontal: Bool, theme: FigureTheme) -> [Node] {
        var nodes: [Node] = []
        let count = scale.kind == .step ? 2 : scale.levels.count + 1
        for b in 0..<count {
            let (a, c) = scale.kind == .step ? (Double(b) * 0.5, Double(b) * 0.5 + 0.5) : scale.band(b)
            let p = position(a, frame, horizontal: horizontal), q = position(c, frame, horizontal: horizontal)
            let rect = horizontal ? Rect(x: p, y: frame.minY, width: max(0, q - p), height: frame.height)
                                  : Rect(x: frame.minX, y: q, width: frame.width, height: max(0, p - q))
            nodes.append(.path(PathNode(path: .rect(rect), fill: scale.bandColor(b))))
            if theme.hatchesAreas && scale.bandIsHatched(b) {
                nodes.append(.path(PathNode(path: HatchPattern.diagonal.lines(in: rect, spacing: Hatching.spacing(theme)),
                                            stroke: Hatching.stroke(theme))))
            }
            if scale.kind == .step { nodes += tick(tickLabels[b], at: horizontal ? rect.center.x : rect.center.y, frame, horizontal, theme) }
        }
        if scale.kind != .step {
            for (level, label) in zip(scale.levels, tickLabels) {
                let at = position(scale.display(level), frame, horizontal: horizontal)
                let mark: Path = horizontal ? .line(Point(at, frame.maxY), Point(at, frame.maxY + theme.type.pad * 0.6))
                                            : .line(Point(frame.maxX, at), Point(frame.maxX + theme.type.pad * 0.6, at))
                nodes.append(.path(PathNode(path: mark, stroke: Stroke(color: theme.axis, width: theme.stroke(1)))))
                // The level drawn across the bar as on the map: dashed below zero, so the sign reads in grayscale.
                let across: Path = horizontal ? .line(Point(at, frame.minY), Point(at, frame.maxY)) : .line(Point(frame.minX, at), Point(frame.maxX, at))
                let w = theme.stroke(0.8)
                nodes.append(.path(PathNode(path: across, stroke: Stroke(color: theme.text.withAlpha(0.45), width: w,
                                                                         dash: scale.isNegativeLevel(level) ? [3 * w, 2.5 * w] : []))))
                nodes += tick(label, at: at, frame, horizontal, theme)
            }
        }
        return nodes
    }

    /// A tick label beside (vertical) or under (horizontal) the bar; horizontal labels that would collide are
    /// thinned by the caller's level choice (at most 8 levels, short labels).
    func tick(_ text: String, at v: Double, _ frame: Rect, _ horizontal: Bool, _ theme: FigureTheme) -> [Node] {
        let gap = theme.type.pad
        let node = horizontal
            ? TextNode(text, at: Point(v, frame.maxY + gap), font: theme.font(.tick), color: theme.text, anchor: .middle, baseline: .hanging)
            : TextNode(text, at: Point(frame.maxX + gap, v), font: theme.font(.tick), color: theme.text, anchor: .start, baseline: .middle)
        return [.text(node)]
    }
}

/// Hatch lines clipped exactly to a convex canvas polygon (the backends clip only to rectangles).
enum Hatching {
    /// The distance between hatch lines at the theme's size.
    static func spacing(_ theme: FigureTheme) -> Double { theme.type.label * 0.8 }
    /// The stroke of hatch lines: thin and dark, so a hatched area reads in grayscale.
    static func stroke(_ theme: FigureTheme) -> Stroke { Stroke(color: theme.text.withAlpha(0.75), width: theme.stroke(0.6)) }

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
