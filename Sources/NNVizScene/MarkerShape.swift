/// Point-marker shapes for data points: the grayscale-safe companion of class colour (a scatter plot stays
/// readable in print and for colour-blind readers when each class also has its own shape).
public enum MarkerShape: String, CaseIterable, Equatable, Sendable {
    case circle, square, triangle, diamond, triangleDown, plus

    /// The shape for class `index` (in `allCases` order, repeating; negative indices wrap).
    public static func forClass(_ index: Int) -> MarkerShape {
        let all = allCases
        return all[((index % all.count) + all.count) % all.count]
    }

    /// A closed outline centred on `center` with about the same visual area as a circle of `radius`
    /// (so no class looks heavier). Fill and/or stroke it like any path.
    public func path(center c: Point, radius r: Double) -> Path {
        switch self {
        case .circle:
            return .circle(center: c, radius: r)
        case .square:
            let h = r * 0.886  // equal area: (2h)² = πr²
            return .rect(Rect(x: c.x - h, y: c.y - h, width: 2 * h, height: 2 * h))
        case .diamond:
            let h = r * 1.253  // equal area: 2h² = πr²
            return .polygon([Point(c.x, c.y - h), Point(c.x + h, c.y), Point(c.x, c.y + h), Point(c.x - h, c.y)])
        case .triangle, .triangleDown:
            let s = r * 2.694  // side of an equilateral triangle with area πr²
            let height = s * 0.8660254
            let flip: Double = self == .triangle ? 1 : -1
            let apex = Point(c.x, c.y - flip * height * 2 / 3)
            let base = c.y + flip * height / 3
            return .polygon([apex, Point(c.x + s / 2, base), Point(c.x - s / 2, base)])
        case .plus:
            let a = r * 1.145, b = r * 0.42  // arm half-length and half-width: 8ab − 4b² = πr²
            return .polygon([Point(c.x - b, c.y - a), Point(c.x + b, c.y - a), Point(c.x + b, c.y - b), Point(c.x + a, c.y - b),
                             Point(c.x + a, c.y + b), Point(c.x + b, c.y + b), Point(c.x + b, c.y + a), Point(c.x - b, c.y + a),
                             Point(c.x - b, c.y + b), Point(c.x - a, c.y + b), Point(c.x - a, c.y - b), Point(c.x - b, c.y - b)])
        }
    }
}
