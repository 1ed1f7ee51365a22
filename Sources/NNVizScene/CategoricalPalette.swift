/// Categorical colours for classes and discrete series: the Okabe–Ito palette (Okabe & Ito 2008), designed to
/// stay distinguishable under all common colour-vision deficiencies.
public enum CategoricalPalette {
    /// The 8 Okabe–Ito colours in their published order: black, orange, sky blue, bluish green, yellow,
    /// blue, vermillion, reddish purple.
    public static let okabeIto: [Color] = [
        0x000000, 0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7,
    ].map { Color(hex: $0) }

    /// Class colours: class 0 orange and class 1 blue (the diverging map's negative / positive hues), then
    /// bluish green, reddish purple, sky blue, vermillion, yellow, black. Adjacent classes also differ in
    /// lightness, which helps in grayscale; with more than 8 classes the colours repeat.
    public static let classes: [Color] = [
        0xE69F00, 0x0072B2, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00, 0xF0E442, 0x000000,
    ].map { Color(hex: $0) }

    /// The colour of class `index` (any integer; negative indices wrap too).
    public static func classColor(_ index: Int) -> Color {
        let n = classes.count
        return classes[((index % n) + n) % n]
    }
}
