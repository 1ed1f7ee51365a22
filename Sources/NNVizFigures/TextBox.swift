import NNVizScene

/// Text extents for layout (labels must not overlap).
enum TextBox {
    /// The advance width of `text` in `font`: a conservative DejaVu Sans estimate (0.62 em per character,
    /// 0.66 em in bold), never smaller than the real width for digits, letters and the signs used in labels.
    static func width(_ text: String, _ font: Font) -> Double {
        let em = font.weight == .bold ? 0.66 : 0.62
        return Double(text.count) * em * font.size
    }

    /// The box of a text run placed like a `TextNode` with middle baseline.
    static func rect(_ text: String, _ font: Font, center: Point, padding: Double = 1.5) -> Rect {
        let w = width(text, font) + 2 * padding
        let h = font.size * 1.2 + 2 * padding
        return Rect(x: center.x - w / 2, y: center.y - h / 2, width: w, height: h)
    }
}
