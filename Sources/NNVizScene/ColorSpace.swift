import Foundation

/// CIELAB / LCh conversions (D65 white, sRGB transfer curve) for building and checking colour maps.
extension Color {
    /// CIE L* (0 = black, 100 = white): perceived lightness, what survives grayscale printing.
    public var labLightness: Double { lab.l }

    /// CIELAB coordinates of this (opaque part of the) colour.
    public var lab: (l: Double, a: Double, b: Double) {
        func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        let r = linear(red), g = linear(green), bl = linear(blue)
        let x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * bl) / 0.95047
        let y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * bl
        let z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * bl) / 1.08883
        func f(_ t: Double) -> Double { t > 216.0 / 24389 ? cbrt(t) : (24389.0 / 27 * t + 16) / 116 }
        let fx = f(x), fy = f(y), fz = f(z)
        return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))
    }

    /// The sRGB colour of CIELAB (l, a, b), channels clipped to 0…1.
    public init(labL l: Double, a: Double, b: Double, alpha: Double = 1) {
        let fy = (l + 16) / 116, fx = fy + a / 500, fz = fy - b / 200
        func finv(_ t: Double) -> Double { t * t * t > 216.0 / 24389 ? t * t * t : (116 * t - 16) / (24389.0 / 27) }
        let x = finv(fx) * 0.95047, y = finv(fy), z = finv(fz) * 1.08883
        let r = 3.2404542 * x - 1.5371385 * y - 0.4985314 * z
        let g = -0.9692660 * x + 1.8760108 * y + 0.0415560 * z
        let bl = 0.0556434 * x - 0.2040259 * y + 1.0572252 * z
        func gamma(_ c: Double) -> Double {
            let v = c <= 0.0031308 ? 12.92 * c : 1.055 * pow(c, 1 / 2.4) - 0.055
            return min(1, max(0, v))
        }
        self.init(red: gamma(r), green: gamma(g), blue: gamma(bl), alpha: alpha)
    }

    /// The sRGB colour of CIE LCh(ab): lightness 0…100, chroma ≥ 0, hue in degrees.
    public init(lchL l: Double, c: Double, h: Double, alpha: Double = 1) {
        let radians = h * Double.pi / 180
        self.init(labL: l, a: c * cos(radians), b: c * sin(radians), alpha: alpha)
    }

    /// Straight linear interpolation of the sRGB channels and alpha (t clamped to 0…1).
    public func mixed(with other: Color, _ t: Double) -> Color {
        let u = min(1, max(0, t.isFinite ? t : 0))
        return Color(red: red + (other.red - red) * u, green: green + (other.green - green) * u,
                     blue: blue + (other.blue - blue) * u, alpha: alpha + (other.alpha - alpha) * u)
    }
}

/// Piecewise-linear interpolation through evenly spaced colour stops (t in 0…1, clamped; NaN → 0).
func interpolate(_ stops: [Color], at t: Double) -> Color {
    guard let first = stops.first else { return .black }
    guard stops.count > 1 else { return first }
    let u = min(1, max(0, t.isFinite ? t : 0)) * Double(stops.count - 1)
    let i = min(stops.count - 2, Int(u.rounded(.down)))
    return stops[i].mixed(with: stops[i + 1], u - Double(i))
}
