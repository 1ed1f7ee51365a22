import NNVizScene

/// Scene → SVG text, written by hand so text stays `<text>` and the report can address nodes by id and class.
///
/// Contract: the output is a complete, standalone SVG 1.1/2 document (UTF-8, no XML prolog) with
/// `width`/`height` in points (1 canvas unit = 1 pt, the figure's physical print size) with a `viewBox` in canvas units, `role="img"`, a `<title>` and `<desc>` referenced by
/// `aria-labelledby`, every string XML-escaped, every number written by `NumberFormat.coordinate`
/// (at most 2 decimals), no timestamps or random ids. Same scene ⇒ byte-identical text.
/// Ids: node ids are sanitised to `[A-Za-z0-9_-]` starting with a letter and made unique in document order
/// (a repeated id gets `-2`, `-3`, …); every id — the nodes' and the document's own (title, desc, clip paths) —
/// starts with `idPrefix` and a hyphen, so figures inlined in one page never clash.
public enum SVGWriter {
    /// Renders `scene` as an SVG document.
    ///
    /// - Parameter idPrefix: prefix of the ids the writer invents (title, desc, clip paths), so several figures
    ///   can be inlined in one HTML page without clashes. `nil` derives it from the scene title (`fig-<title>`).
    public static func render(_ scene: Scene, idPrefix: String? = nil) -> String {
        let prefix = SVGIdentifier.sanitise(idPrefix ?? "fig-" + scene.title)
        var writer = SVGNodeWriter(prefix: prefix)
        let w = NumberFormat.coordinate(scene.width), h = NumberFormat.coordinate(scene.height)
        writer.line("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(w)pt\" height=\"\(h)pt\" "
            + "viewBox=\"0 0 \(w) \(h)\" role=\"img\" aria-labelledby=\"\(prefix)-title \(prefix)-desc\">")
        writer.depth = 1
        writer.line("<title id=\"\(prefix)-title\">\(MarkupEscape.escape(scene.title))</title>")
        let description = scene.description.isEmpty ? scene.title : scene.description
        writer.line("<desc id=\"\(prefix)-desc\">\(MarkupEscape.escape(description))</desc>")
        if let background = scene.background {
            writer.line("<rect class=\"background\" x=\"0\" y=\"0\" width=\"\(w)\" height=\"\(h)\""
                + SVGPaint.fill(background) + "/>")
        }
        for node in scene.nodes { writer.write(node) }
        writer.depth = 0
        writer.line("</svg>")
        return writer.output
    }
}
