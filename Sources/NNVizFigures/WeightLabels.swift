import NNVizScene

/// Greedy placement of weight labels along links so that no two labels, and no label and node, overlap:
/// each label tries positions at several fractions along its link and takes the first free one.
struct WeightLabelPlacer {
    static let fractions = [0.5, 0.36, 0.64, 0.27, 0.73, 0.44, 0.56, 0.2, 0.8, 0.31, 0.69, 0.15, 0.85]
    var occupied: [Rect]
    var placed: [Rect] = []

    init(obstacles: [Rect]) { occupied = obstacles }

    /// The centre for a label of `size` on the segment a→b, or nil when every candidate collides.
    mutating func place(_ text: String, font: Font, from a: Point, to b: Point) -> (Point, Rect)? {
        for t in Self.fractions {
            let c = Point(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t)
            let r = TextBox.rect(text, font, center: c)
            if !occupied.contains(where: { $0.intersects(r) }) {
                occupied.append(r)
                placed.append(r)
                return (c, r)
            }
        }
        return nil
    }
}
