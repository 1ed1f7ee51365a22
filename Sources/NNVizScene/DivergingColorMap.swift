/// A diverging colour map for signed values (weights, outputs, pre-activations): orange for negative,
/// blue for positive, through a near-white neutral at zero.
///
/// Why: orange ↔ blue is the one hue contrast kept by all common colour-vision deficiencies (deutan, protan
/// and tritan), and it matches the convention teachers know from TensorFlow Playground. Each half darkens
/// monotonically with |value| (CIE L* from ~97 at 0 down to ~30 orange / ~21 blue), so magnitude reads by
/// lightness. Grayscale cannot show the sign of a symmetric diverging map by lightness alone, so figures
/// must also show sign by another channel where it matters: `Theme.negativeDash` for lines, labels, or
/// `HatchPattern` for areas. Stops: ColorBrewer PuOr (orange half) and RdBu (blue half), both checked
/// colour-blind safe by ColorBrewer.
public struct DivergingColorMap: Equatable, Sendable {
    /// Stops from the most negative (index 0) to the neutral middle.
    public var negativeStops: [Color]
    /// Stops from the neutral middle to the most positive.
    public var positiveStops: [Color]

    public init(negativeStops: [Color], positiveStops: [Color]) {
        self.negativeStops = negativeStops; self.positiveStops = positiveStops
    }

    /// Orange (negative) ↔ near-white ↔ blue (positive).
    public static let orangeBlue = DivergingColorMap(
        negativeStops: [0x7F3B08, 0xB35806, 0xE08214, 0xFDB863, 0xFEE0B6, 0xF7F7F7].map { Color(hex: $0) },
        positiveStops: [0xF7F7F7, 0xD1E5F0, 0x92C5DE, 0x4393C3, 0x2166AC, 0x053061].map { Color(hex: $0) })

    /// The colour of `value` on a symmetric scale: `value / limit` is clamped to −1…1; 0 (and NaN) is neutral.
    /// `limit` ≤ 0 or non-finite is treated as 1.
    public func color(_ value: Double, limit: Double = 1) -> Color {
        let l = limit > 0 && limit.isFinite ? limit : 1
        let t = value.isFinite ? max(-1, min(1, value / l)) : 0
        return t < 0 ? interpolate(negativeStops, at: 1 + t) : interpolate(positiveStops, at: t)
    }
}
