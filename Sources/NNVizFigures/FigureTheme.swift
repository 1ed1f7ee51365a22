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

    /// Light theme: Okabe–Ito blue (+) and orange (−), the TensorFlow-Playground convention.
    public static let light = FigureTheme(
        name: .light, background: .white, text: Color(hex: 0x1A1A1A), mutedText: Color(hex: 0x5A5A5A),
        axis: Color(hex: 0x333333), grid: Color(hex: 0xE3E3E3),
        positive: Color(hex: 0x0072B2), negative: Color(hex: 0xE69F00), dashNegative: false,
        nodeStroke: Color(hex: 0x333333), nodeFill: Color(hex: 0xFFFFFF),
        series: [Color(hex: 0x0072B2), Color(hex: 0xD55E00), Color(hex: 0x009E73), Color(hex: 0xCC79A7)])

    /// Print theme: dark blue (+) and a much lighter vermillion (−) so the sign survives grayscale,
    /// negative weights dashed, black text and axes.
    public static let print = FigureTheme(
        name: .print, background: .white, text: .black, mutedText: Color(hex: 0x404040),
        axis: .black, grid: Color(hex: 0xDDDDDD),
        positive: Color(hex: 0x08306B), negative: Color(hex: 0xE69F00), dashNegative: true,
        nodeStroke: .black, nodeFill: .white,
        series: [Color(hex: 0x000000), Color(hex: 0x7F7F7F), Color(hex: 0x0072B2), Color(hex: 0xD55E00)])

    /// The theme with a given name.
    public static func named(_ name: Name) -> FigureTheme { name == .light ? .light : .print }

    /// The colour of a signed value in −`limit`…`limit`: white at 0, `positive`/`negative` at the ends.
    public func diverging(_ value: Double, limit: Double) -> Color {
        guard limit > 0, value.isFinite else { return background }
        let t = max(-1, min(1, value / limit))
        let end = t >= 0 ? positive : negative
        let a = abs(t)
        return Color(red: 1 + (end.red - 1) * a, green: 1 + (end.green - 1) * a, blue: 1 + (end.blue - 1) * a)
    }

    /// Regular text of the figures.
    public func font(_ size: Double = 12, bold: Bool = false) -> Font {
        Font(size: size, weight: bold ? .bold : .normal)
    }
}
