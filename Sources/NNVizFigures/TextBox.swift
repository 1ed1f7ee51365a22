import NNVizScene

/// Text extents for layout (labels must not overlap), from NNVizScene's DejaVu `TextMetrics`.
enum TextBox {
    /// The advance width of `text` in `font`.
    static func width(_ text: String, _ font: Font) -> Double { TextMetrics.width(of: text, font: font) }

    /// The box of a text run centred at `center` (middle anchor and baseline), with `padding` around it.
    static func rect(_ text: String, _ font: Font, center: Point, padding: Double = 1.5) -> Rect {
        let w = width(text, font) + 2 * padding
        let h = TextMetrics.lineHeight(font) + 2 * padding
        return Rect(x: center.x - w / 2, y: center.y - h / 2, width: w, height: h)
    }
}
