/// A sequential colour map for magnitudes (|w|, distances, densities): lightness rises monotonically with
/// the value, so it reads correctly in grayscale and for colour-blind readers.
public struct SequentialColorMap: Equatable, Sendable {
    /// Evenly spaced stops from the smallest to the largest value.
    public var stops: [Color]
    public init(stops: [Color]) { self.stops = stops }

    /// Viridis (matplotlib; perceptually uniform, colour-blind safe), from its 11 reference values at
    /// 0, 0.1, …, 1, interpolated linearly in sRGB: dark purple → blue → green → yellow.
    public static let viridis = SequentialColorMap(stops: [
        0x440154, 0x482475, 0x414487, 0x355F8D, 0x2A788E, 0x21918C, 0x22A884, 0x44BF70, 0x7AD151, 0xBDDF26, 0xFDE725,
    ].map { Color(hex: $0) })

    /// Grays from near-black to near-white, for print.
    public static let grays = SequentialColorMap(stops: [Color(hex: 0x202020), Color(hex: 0xF0F0F0)])

    /// The colour at `t` in 0…1 (clamped; NaN → the first stop).
    public func color(_ t: Double) -> Color { interpolate(stops, at: t) }

    /// The colour of `value` within `lower…upper` (a degenerate interval maps to the middle).
    public func color(_ value: Double, in lower: Double, _ upper: Double) -> Color {
        upper == lower ? color(0.5) : color((value - lower) / (upper - lower))
    }

    /// The same map from light to dark.
    public var reversed: SequentialColorMap { SequentialColorMap(stops: stops.reversed()) }
}
