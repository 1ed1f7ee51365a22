import Foundation

/// Text measurement without a renderer, from DejaVu Sans advance widths embedded at build time
/// (`scripts/generate-font-metrics.py`). Figures use it to size boxes and avoid label overlap.
///
/// Contract: `width` is the sum of the glyph advances (no kerning — neither cairo's toy text API nor our
/// figures' layout assume it; browsers' kerning changes widths by ~1 %). Bold text uses DejaVu Sans Bold
/// widths; italic uses the upright widths (DejaVu Sans Oblique has the same advances). Characters outside the
/// table (not ASCII, Latin-1/Extended-A, Greek, sub/superscripts, arrows, math operators…) count as
/// `fallbackAdvance` em. Vertical metrics are the font's: ascent 0.928 em, descent 0.236 em.
public enum TextMetrics {
    /// Advance (in em) assumed for a character the table does not cover: DejaVu Sans's average over ASCII.
    public static let fallbackAdvance = 0.6

    /// The advance width of `text` set in `font`, in canvas units.
    public static func width(of text: String, font: Font) -> Double {
        let face = font.weight == .bold ? DejaVuFaceTable.bold : DejaVuFaceTable.regular
        var units = 0.0
        for scalar in text.unicodeScalars {
            if let w = face.advance(scalar.value) { units += Double(w) } else { units += fallbackAdvance * Double(face.unitsPerEm) }
        }
        return units / Double(face.unitsPerEm) * font.size
    }

    /// Height above the baseline of the font's tallest glyphs (hhea ascender), in canvas units.
    public static func ascent(_ font: Font) -> Double { em(DejaVuFaceTable.regular.ascender, font) }
    /// Depth below the baseline (hhea descender, positive), in canvas units.
    public static func descent(_ font: Font) -> Double { em(DejaVuFaceTable.regular.descender, font) }
    /// Height of capital letters and digits above the baseline.
    public static func capHeight(_ font: Font) -> Double { em(DejaVuFaceTable.regular.capHeight, font) }
    /// Height of lowercase letters such as "x" above the baseline.
    public static func xHeight(_ font: Font) -> Double { em(DejaVuFaceTable.regular.xHeight, font) }
    /// Ascent + descent: the height of one line of text without extra leading.
    public static func lineHeight(_ font: Font) -> Double { ascent(font) + descent(font) }

    private static func em(_ units: Int, _ font: Font) -> Double {
        Double(units) / Double(DejaVuFaceTable.regular.unitsPerEm) * font.size
    }

    /// How far below a text node's `y` its alphabetic baseline lies, for each `TextBaseline` — the one
    /// definition both backends follow (it matches browsers' `dominant-baseline`: `central` for `.middle`,
    /// Blink's 0.8 × ascent for `.hanging`).
    public static func baselineShift(_ baseline: TextBaseline, font: Font) -> Double {
        switch baseline {
        case .alphabetic: return 0
        case .middle: return (ascent(font) - descent(font)) / 2
        case .hanging: return 0.8 * ascent(font)
        }
    }

    /// The box (advance × ascent…descent) a text node occupies, in the node's parent coordinates; for a
    /// rotated node, the axis-aligned bounding box of the rotated box.
    public static func bounds(of node: TextNode) -> Rect {
        let w = width(of: node.text, font: node.font)
        let x0: Double = node.anchor == .start ? 0 : node.anchor == .middle ? -w / 2 : -w
        let baseline = baselineShift(node.baseline, font: node.font)
        let top = baseline - ascent(node.font), bottom = baseline + descent(node.font)
        let corners = [Point(x0, top), Point(x0 + w, top), Point(x0 + w, bottom), Point(x0, bottom)]
        let radians = node.rotation * Double.pi / 180
        let c = cosine(radians), s = sine(radians)
        let moved = corners.map { Point(node.position.x + c * $0.x - s * $0.y, node.position.y + s * $0.x + c * $0.y) }
        let xs = moved.map(\.x), ys = moved.map(\.y)
        let minX = xs.min() ?? 0, minY = ys.min() ?? 0
        return Rect(x: minX, y: minY, width: (xs.max() ?? 0) - minX, height: (ys.max() ?? 0) - minY)
    }

    /// cos/sin that are exact at multiples of 90° (so a −90° label's box is exact).
    static func cosine(_ r: Double) -> Double { snap(cos(r)) }
    static func sine(_ r: Double) -> Double { snap(sin(r)) }
    private static func snap(_ v: Double) -> Double { abs(v) < 1e-12 ? 0 : abs(abs(v) - 1) < 1e-12 ? (v > 0 ? 1 : -1) : v }
}

/// One contiguous run of code points and their advance widths in font units.
struct DejaVuRun: Sendable {
    let first: UInt32
    let widths: [UInt16]
    init(_ first: UInt32, _ widths: [UInt16]) { self.first = first; self.widths = widths }
}

/// Metrics of one DejaVu face, as read from the font file.
struct DejaVuFaceTable: Sendable {
    let unitsPerEm: Int, ascender: Int, descender: Int, xHeight: Int, capHeight: Int
    let runs: [DejaVuRun]

    /// The advance of code point `c` in font units, or `nil` when the table does not cover it.
    func advance(_ c: UInt32) -> UInt16? {
        var lo = 0, hi = runs.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2, run = runs[mid]
            if c < run.first { hi = mid - 1 } else if c >= run.first + UInt32(run.widths.count) { lo = mid + 1 } else {
                return run.widths[Int(c - run.first)]
            }
        }
        return nil
    }
}
