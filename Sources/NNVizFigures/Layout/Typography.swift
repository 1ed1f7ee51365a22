import NNVizScene

/// The roles text plays in a figure; every text node uses one of them, never a literal size.
public enum TextRole: Sendable {
    /// The figure's or a panel's heading.
    case title
    /// Axis titles, legend entries, line labels.
    case label
    /// Tick labels.
    case tick
    /// Annotations in crowded places (pattern labels, weight labels); the smallest allowed size.
    case small
}

/// Font sizes and the spacing derived from them for one print size (all in points).
///
/// Contract: no role is smaller than the size's `minimumTextSize` (7 pt on paper, 14 pt on slides).
public struct Typography: Equatable, Sendable {
    public var title: Double, label: Double, tick: Double, small: Double
    /// Line and marker widths relative to the page size (column figures are smaller, slides bolder).
    public var strokeScale: Double

    /// The typography for `size`: column 8.5/7.5/7/7 pt, page 10/9/8/7.5 pt, slide 18/16/14/14 pt; custom
    /// widths take the nearest class (below 12 cm column, below 20 cm page, else slide).
    public static func forSize(_ size: FigureSize) -> Typography {
        if size.isSlide { return Typography(title: 18, label: 16, tick: 14, small: 14, strokeScale: 1.6) }
        if size.centimetres < 12 { return Typography(title: 8.5, label: 7.5, tick: 7, small: 7, strokeScale: 0.8) }
        return Typography(title: 10, label: 9, tick: 8, small: 7.5, strokeScale: 1)
    }

    /// The size of a role.
    public func size(_ role: TextRole) -> Double {
        switch role {
        case .title: title
        case .label: label
        case .tick: tick
        case .small: small
        }
    }

    /// The height of one line of `role` text with its leading.
    public func lineHeight(_ role: TextRole) -> Double { size(role) * 1.3 }
    /// Small padding (between a mark and its label), about half a label's height.
    public var pad: Double { label * 0.5 }
    /// The gap between panels and between a plot and its legend.
    public var gap: Double { label * 1.2 }
    /// The outer margin of a figure.
    public var margin: Double { label * 0.8 }
}
