/// An sRGB colour with straight (not premultiplied) alpha, every channel in 0…1.
public struct Color: Equatable, Hashable, Sendable {
    public var red: Double, green: Double, blue: Double, alpha: Double
    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red; self.green = green; self.blue = blue; self.alpha = alpha
    }
    /// From `0xRRGGBB`.
    public init(hex: UInt32, alpha: Double = 1) {
        self.init(red: Double((hex >> 16) & 0xFF) / 255, green: Double((hex >> 8) & 0xFF) / 255,
                  blue: Double(hex & 0xFF) / 255, alpha: alpha)
    }
    public func withAlpha(_ a: Double) -> Color { Color(red: red, green: green, blue: blue, alpha: a) }
    /// Channels rounded to bytes.
    public var bytes: (UInt8, UInt8, UInt8) {
        func b(_ v: Double) -> UInt8 { UInt8(max(0, min(255, (v * 255).rounded()))) }
        return (b(red), b(green), b(blue))
    }
    /// Relative luminance-like lightness (Rec. 709 weights on sRGB values), 0 = black, 1 = white.
    public var lightness: Double { 0.2126 * red + 0.7152 * green + 0.0722 * blue }
    public static let black = Color(hex: 0x000000)
    public static let white = Color(hex: 0xFFFFFF)
}
