import NNVizScene

/// Colours and strokes shared by every figure.
///
/// Contract: both themes are safe for colour-blind readers (blue/orange pairs of the Okabe–Ito palette) and
/// every distinction that matters also shows as a dash pattern or a lightness difference, so `.print`
/// survives grayscale printing; `.print` additionally dashes negative weights.
public struct FigureTheme: Equatable, Sendable {
    public enum Name: String, CaseIterable, Sendable { case light, print }
    public var name: Name
    public var background: Color
    public var text: Color
    public var mutedText: Color
    public var axis: Color
    public var grid: Color
    /// Sign colours: positive weights / values, negative ones.
    public var positive: Color
    public var negative: Color
    /// Draw negative weights dashed (print theme).
    public var dashNegative: Bool
    /// Node outline and fill in the network graph.
    public var nodeStroke: Color
    public var nodeFill: Color
    /// Line colours of plotted series, in order (train, test, …).
    public var series: [Color]
    /// The drawing theme of NNVizScene this figure theme is built on (diverging map, negative dash).
    public var scene: Theme
    /// The print size figures are laid out for, and the font sizes and spacing that go with it.
    public var size: FigureSize = .page
    public var type: Typography = .forSize(.page)
    /// Areas that differ by class or sign also get hatching (print: yes), so they survive grayscale.
    public var hatchesAreas: Bool { scene.usesHatching }

    /// Light theme: the orange (−) / blue (+) diverging map of `Theme.light` (the TensorFlow-Playground
    /// convention, safe for every common colour-vision deficiency); Okabe–Ito series colours.
    public static let light = FigureTheme(
        name: .light, background: Theme.light.background, text: Theme.light.foreground, mutedText: Theme.light.mutedText,
        axis: Color(hex: 0x333333), grid: Color(hex: 0xE3E3E3),
        positive: Theme.light.diverging.color(0.6), negative: Theme.light.diverging.color(-0.6), dashNegative: false,
        nodeStroke: Color(hex: 0x333333), nodeFill: Color(hex: 0xFFFFFF),
        series: [Color(hex: 0x0072B2), Color(hex: 0xD55E00), Color(hex: 0x009E73), Color(hex: 0xCC79A7)], scene: .light)

    /// Print theme: `Theme.print` — darker blue (+) than orange (−) so the sign also reads in grayscale, negative
    /// weights dashed, black text and axes, series told apart by dash and lightness.
    public static let print = FigureTheme(
        name: .print, background: Theme.print.background, text: Theme.print.foreground, mutedText: Theme.print.mutedText,
        axis: .black, grid: Color(hex: 0xDDDDDD),
        positive: Theme.print.diverging.color(0.85), negative: Theme.print.diverging.color(-0.45), dashNegative: true,
        nodeStroke: .black, nodeFill: .white,
        series: [Color(hex: 0x000000), Color(hex: 0x7F7F7F), Color(hex: 0x0072B2), Color(hex: 0xD55E00)], scene: .print)

    /// The theme with a given name, laid out for `size`.
    public static func named(_ name: Name, size: FigureSize = .page) -> FigureTheme {
        (name == .light ? FigureTheme.light : .print).sized(size)
    }

    /// This theme laid out for another print size.
    public func sized(_ size: FigureSize) -> FigureTheme {
        var t = self
        t.size = size
        t.type = .forSize(size)
        return t
    }

    /// The colour of a signed value in −`limit`…`limit` (`Theme.diverging`): near-white at 0, orange below, blue above;
    /// in the print theme negative values stay light (sign readable in grayscale).
    public func diverging(_ value: Double, limit: Double) -> Color {
        guard limit > 0, value.isFinite else { return scene.diverging.color(0) }
        // Print: negative values only reach half the map's depth, so in grayscale dark always means positive.
        return scene.diverging.color(dashNegative && value < 0 ? value / 2 : value, limit: limit)
    }

    /// The dash pattern of a negative line of width `width` (empty = solid): `Theme.negativeDash` scaled with the width.
    public func negativeDash(width: Double) -> [Double] {
        guard dashNegative else { return [] }
        let dash = scene.negativeDash.isEmpty ? [5.0, 3.0] : scene.negativeDash
        return dash.map { $0 * max(1, width / scene.lineWidth) }
    }

    /// The font of a text role at this theme's print size.
    public func font(_ role: TextRole, bold: Bool = false) -> Font {
        Font(size: type.size(role), weight: bold || role == .title ? .bold : .normal)
    }

    /// A line width: `base` at page size, scaled for column and slide figures.
    public func stroke(_ base: Double) -> Double { base * type.strokeScale }

    /// Legacy form used by figures not yet converted to roles: maps a nominal screen size to its role
    /// (≥ 13 title, ≥ 11 label, ≥ 10 tick, else small), so no text falls under the size's minimum.
    public func font(_ nominal: Double, bold: Bool = false) -> Font {
        let role: TextRole = nominal >= 13 ? .title : nominal >= 11 ? .label : nominal >= 10 ? .tick : .small
        return Font(size: type.size(role), weight: bold ? .bold : .normal)
    }
}
