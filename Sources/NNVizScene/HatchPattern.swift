/// Line hatching for areas, the grayscale-safe companion of fill colour (print theme): each class or sign
/// gets its own hatch so it stays distinguishable without colour. Backends have no pattern fills; a figure
/// draws `lines(in:spacing:)` as a stroked path inside a group clipped to the area's bounding box and the
/// area itself as the clip outline (or simply over a convex region's rect).
public enum HatchPattern: String, CaseIterable, Equatable, Sendable {
    case none, diagonal, antiDiagonal, horizontal, vertical, cross

    /// The hatch for class `index`: none, diagonal, anti-diagonal, horizontal, vertical, cross, repeating.
    public static func forClass(_ index: Int) -> HatchPattern {
        let all = HatchPattern.allCases
        return all[((index % all.count) + all.count) % all.count]
    }

    /// The hatch for a sign: negative values diagonal, positive none (matches `Theme.negativeDash`).
    public static func forSign(_ value: Double) -> HatchPattern { value < 0 ? .diagonal : .none }

    /// Parallel line segments covering `rect` at `spacing` (> 0) apart; empty for `.none`. Clip to the area.
    public func lines(in rect: Rect, spacing: Double) -> Path {
        guard spacing > 0, rect.width > 0, rect.height > 0 else { return Path() }
        var path = Path()
        let w = rect.width, h = rect.height
        func add(_ a: Point, _ b: Point) { path.move(to: a); path.line(to: b) }
        switch self {
        case .none: break
        case .horizontal:
            for y in stride(from: rect.minY + spacing / 2, to: rect.maxY, by: spacing) { add(Point(rect.minX, y), Point(rect.maxX, y)) }
        case .vertical:
            for x in stride(from: rect.minX + spacing / 2, to: rect.maxX, by: spacing) { add(Point(x, rect.minY), Point(x, rect.maxY)) }
        case .diagonal:  // from bottom-left to top-right
            for d in stride(from: spacing / 2, to: w + h, by: spacing) {
                add(Point(rect.minX + max(0, d - h), rect.minY + min(d, h)), Point(rect.minX + min(d, w), rect.minY + max(0, d - w)))
            }
        case .antiDiagonal:
            for d in stride(from: spacing / 2, to: w + h, by: spacing) {
                add(Point(rect.maxX - max(0, d - h), rect.minY + min(d, h)), Point(rect.maxX - min(d, w), rect.minY + max(0, d - w)))
            }
        case .cross:
            path.elements += HatchPattern.diagonal.lines(in: rect, spacing: spacing).elements
            path.elements += HatchPattern.antiDiagonal.lines(in: rect, spacing: spacing).elements
        }
        return path
    }
}
