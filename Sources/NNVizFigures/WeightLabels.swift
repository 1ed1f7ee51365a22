import NNVizScene

/// Weight labels ON their link: each label is centred on a point of its own link, near the target end first,
/// and is only placed where its box touches no other link, no node, no caption and no other label, so it can
/// only be read as the label of the link it sits on. Labels with no such place are left out (and counted).
enum WeightLabelPlacement {
    /// Fractions along the link (0 = source, 1 = target), best first: near the target end, where the links
    /// into one unit have not yet converged, then towards the middle.
    static let fractions: [Double] = [0.8, 0.76, 0.84, 0.72, 0.88, 0.68, 0.64, 0.9, 0.6, 0.56, 0.52, 0.48, 0.44, 0.4, 0.36,
                                      0.32, 0.28, 0.24, 0.2, 0.16, 0.12]

    /// More links than this are not labelled at all (the figure says so): the check is quadratic in the links.
    static let maximumLinks = 400

    /// For each (text, from, to): the chosen centre and box, or nil when every candidate collides.
    static func place(_ labels: [(text: String, from: Point, to: Point)], font: Font, obstacles: [Rect]) -> [(Point, Rect)?] {
        guard labels.count <= maximumLinks else { return labels.map { _ in nil } }
        let linkBoxes = labels.map { Rect(x: min($0.from.x, $0.to.x), y: min($0.from.y, $0.to.y),
                                          width: abs($0.to.x - $0.from.x), height: abs($0.to.y - $0.from.y)) }
        let candidates: [[(Point, Rect)]] = labels.indices.map { i in
            let label = labels[i]
            return fractions.compactMap { t -> (Point, Rect)? in
                let c = Point(label.from.x + (label.to.x - label.from.x) * t, label.from.y + (label.to.y - label.from.y) * t)
                let box = TextBox.rect(label.text, font, center: c, padding: 1)
                if obstacles.contains(where: { $0.intersects(box) }) { return nil }
                for k in labels.indices where k != i && linkBoxes[k].insetBy(-0.01).intersects(box) {
                    if segment(labels[k].from, labels[k].to, meets: box) { return nil }
                }
                return (c, box)
            }
        }
        // Labels with the fewest free places go first, so a crowded link keeps its only place.
        let order = labels.indices.sorted { (candidates[$0].count, $0) < (candidates[$1].count, $1) }
        var chosen = [(Point, Rect)?](repeating: nil, count: labels.count)
        var taken: [Rect] = []
        for i in order {
            guard let pick = candidates[i].first(where: { c in !taken.contains { $0.intersects(c.1) } }) else { continue }
            chosen[i] = pick
            taken.append(pick.1)
        }
        return chosen
    }

    /// True when the segment a–b passes through `rect` (Liang–Barsky clipping).
    static func segment(_ a: Point, _ b: Point, meets rect: Rect) -> Bool {
        let dx = b.x - a.x, dy = b.y - a.y
        var t0 = 0.0, t1 = 1.0
        func clip(_ p: Double, _ q: Double) -> Bool {
            if p == 0 { return q >= 0 }
            let r = q / p
            if p < 0 { t0 = max(t0, r) } else { t1 = min(t1, r) }
            return t0 <= t1
        }
        guard clip(-dx, a.x - rect.minX), clip(dx, rect.maxX - a.x), clip(-dy, a.y - rect.minY), clip(dy, rect.maxY - a.y)
        else { return false }
        return true
    }
}
