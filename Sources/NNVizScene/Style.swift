/// How a path's outline is drawn.
public struct Stroke: Equatable, Sendable {
    public enum Cap: String, Sendable { case butt, round, square }
    public enum Join: String, Sendable { case miter, round, bevel }
    public var color: Color
    public var width: Double
    /// Dash lengths in canvas units; empty = solid.
    public var dash: [Double]
    public var cap: Cap
    public var join: Join
    public init(color: Color, width: Double = 1, dash: [Double] = [], cap: Cap = .butt, join: Join = .miter) {
        self.color = color; self.width = width; self.dash = dash; self.cap = cap; self.join = join
    }
}

/// A font. The family is always named explicitly so every backend picks the same face.
public struct Font: Equatable, Sendable {
    public enum Weight: String, Sendable { case normal, bold }
    public enum Style: String, Sendable { case normal, italic }
    public var family: String
    public var size: Double
    public var weight: Weight
    public var style: Style
    public init(family: String = Font.defaultFamily, size: Double = 12, weight: Weight = .normal, style: Style = .normal) {
        self.family = family; self.size = size; self.weight = weight; self.style = style
    }
    public static let defaultFamily = "DejaVu Sans"
}

/// Horizontal anchoring of a text run at its position.
public enum TextAnchor: String, Sendable { case start, middle, end }
/// Vertical anchoring of a text run at its position.
public enum TextBaseline: String, Sendable { case alphabetic, middle, hanging }
