/// Greedy label placement: keeps labels from overlapping each other (and fixed obstacles).
///
/// Each label offers candidate rectangles in order of preference (its ideal spot first, then shifted
/// alternatives). Labels are processed in the given order (put the most important first); each takes its
/// first candidate that stays inside `bounds` (when given) and does not overlap — with `padding` — an
/// obstacle or an already accepted label; a label with no such candidate is dropped.
/// Deterministic: same input ⇒ same choices.
public enum LabelPlacer {
    /// For each label, the index of the chosen candidate, or `nil` when it was dropped.
    public static func place(_ candidates: [[Rect]], obstacles: [Rect] = [], padding: Double = 0,
                             bounds: Rect? = nil) -> [Int?] {
        var accepted = obstacles
        return candidates.map { options -> Int? in
            for (index, rect) in options.enumerated() {
                let padded = rect.insetBy(-padding)
                if let bounds, rect.minX < bounds.minX || rect.minY < bounds.minY
                    || rect.maxX > bounds.maxX || rect.maxY > bounds.maxY { continue }
                if accepted.contains(where: { $0.intersects(padded) }) { continue }
                accepted.append(rect)
                return index
            }
            return nil
        }
    }

    /// Places text nodes: each node with its alternative positions (`offsets` added to its position, the
    /// zero offset is tried first). Returns the nodes that fit, moved to their chosen positions, in input order.
    public static func place(_ nodes: [TextNode], offsets: [Point] = [Point(0, 0)], obstacles: [Rect] = [],
                             padding: Double = 1, bounds: Rect? = nil) -> [TextNode] {
        let tries = offsets.first == Point(0, 0) ? offsets : [Point(0, 0)] + offsets
        let moved = nodes.map { node in
            tries.map { offset -> TextNode in
                var n = node
                n.position = Point(node.position.x + offset.x, node.position.y + offset.y)
                return n
            }
        }
        let choices = place(moved.map { $0.map(TextMetrics.bounds(of:)) }, obstacles: obstacles, padding: padding, bounds: bounds)
        return zip(moved, choices).compactMap { options, choice in choice.map { options[$0] } }
    }
}
