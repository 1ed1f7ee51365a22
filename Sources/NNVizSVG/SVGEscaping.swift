import NNVizScene

/// Turns arbitrary strings into valid, stable XML ids and CSS class names.
enum SVGIdentifier {
    /// Keeps ASCII letters, digits, `_` and `-`; every other run of characters becomes one `-`.
    /// A result that is empty or does not start with a letter or `_` gets the prefix `n-`.
    static func sanitise(_ s: String) -> String {
        var out = ""
        var lastWasDash = false
        for scalar in s.unicodeScalars {
            let v = scalar.value
            let ok = (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x5F
                || v == 0x2D
            if ok {
                out.unicodeScalars.append(scalar)
                lastWasDash = v == 0x2D
            } else if !lastWasDash {
                out += "-"
                lastWasDash = true
            }
        }
        while out.count > 1 && out.hasSuffix("-") { out.removeLast() }
        if let first = out.unicodeScalars.first, first == "_" || (first.properties.isAlphabetic && first.isASCII) {
            return out
        }
        return "n-" + out
    }
}

/// Paint attributes in the fixed format.
enum SVGPaint {
    static func hex(_ c: Color) -> String {
        let (r, g, b) = c.bytes
        let digits = Array("0123456789abcdef")
        var s = "#"
        for v in [r, g, b] { s.append(digits[Int(v >> 4)]); s.append(digits[Int(v & 0xF)]) }
        return s
    }

    static func opacity(_ name: String, _ alpha: Double) -> String {
        alpha >= 1 ? "" : " \(name)=\"\(NumberFormat.coordinate(max(0, alpha), decimals: 3))\""
    }

    /// ` fill="#rrggbb"` (+ `fill-opacity`), or ` fill="none"`.
    static func fill(_ c: Color?) -> String {
        guard let c else { return " fill=\"none\"" }
        return " fill=\"\(hex(c))\"" + opacity("fill-opacity", c.alpha)
    }

    /// Stroke attributes; defaults (butt caps, miter joins, solid) are omitted.
    static func stroke(_ s: Stroke?) -> String {
        guard let s else { return "" }
        var out = " stroke=\"\(hex(s.color))\"" + opacity("stroke-opacity", s.color.alpha)
        out += " stroke-width=\"\(NumberFormat.coordinate(s.width))\""
        if !s.dash.isEmpty {
            out += " stroke-dasharray=\"\(s.dash.map { NumberFormat.coordinate($0) }.joined(separator: " "))\""
        }
        if s.cap != .butt { out += " stroke-linecap=\"\(s.cap.rawValue)\"" }
        if s.join != .miter { out += " stroke-linejoin=\"\(s.join.rawValue)\"" }
        return out
    }
}
