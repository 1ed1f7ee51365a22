import CCairo
import Foundation
import NNVizScene

/// Draws scene nodes onto a cairo context, with the same semantics as the SVG writer
/// (nonzero fill, then stroke; group transform before clip; text anchors and baselines as in SVG).
/// Like the SVG writer's number format, non-finite coordinates count as 0 (cairo would otherwise fail the whole
/// render with "invalid matrix"); text with a non-finite or non-positive size is skipped.
struct CairoPainter {
    let cr: OpaquePointer

    func draw(_ scene: Scene) {
        if let background = scene.background {
            setSource(background)
            cairo_rectangle(cr, 0, 0, scene.width, scene.height)
            cairo_fill(cr)
        }
        for node in scene.nodes { draw(node) }
    }

    func draw(_ node: Node) {
        switch node {
        case .group(let g): drawGroup(g)
        case .path(let p): drawPath(p)
        case .text(let t): drawText(t)
        case .raster(let r): drawRaster(r)
        }
    }

    /// A finite coordinate: non-finite values become 0, as in `NumberFormat`.
    func f(_ v: Double) -> Double { v.isFinite ? v : 0 }

    func setSource(_ c: Color) {
        cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha)
    }

    func drawGroup(_ g: GroupNode) {
        cairo_save(cr)
        defer { cairo_restore(cr) }
        if let t = g.transform {
            var m = cairo_matrix_t(xx: t.a, yx: t.b, xy: t.c, yy: t.d, x0: t.e, y0: t.f)
            // A singular matrix would make the context fail for good; such a group draws nothing.
            guard t.a * t.d - t.b * t.c != 0, [t.a, t.b, t.c, t.d, t.e, t.f].allSatisfy(\.isFinite) else { return }
            cairo_transform(cr, &m)
        }
        if let clip = g.clip {
            cairo_rectangle(cr, f(clip.x), f(clip.y), f(clip.width), f(clip.height))
            cairo_clip(cr)
        }
        for child in g.children { draw(child) }
    }

    func addPath(_ path: Path) {
        cairo_new_path(cr)
        for element in path.elements {
            switch element {
            case .move(let p): cairo_move_to(cr, f(p.x), f(p.y))
            case .line(let p): cairo_line_to(cr, f(p.x), f(p.y))
            case .cubic(let c1, let c2, let p): cairo_curve_to(cr, f(c1.x), f(c1.y), f(c2.x), f(c2.y), f(p.x), f(p.y))
            case .close: cairo_close_path(cr)
            }
        }
    }

    func drawPath(_ p: PathNode) {
        guard p.fill != nil || p.stroke != nil else { return }
        addPath(p.path)
        if let fill = p.fill {
            setSource(fill)
            cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING)
            cairo_fill_preserve(cr)
        }
        if let stroke = p.stroke, stroke.width > 0, stroke.width.isFinite {
            apply(stroke)
            cairo_stroke_preserve(cr)
        }
        cairo_new_path(cr)
    }

    func apply(_ s: Stroke) {
        setSource(s.color)
        cairo_set_line_width(cr, s.width)
        switch s.cap {
        case .butt: cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        case .round: cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
        case .square: cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE)
        }
        switch s.join {
        case .miter: cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER)
        case .round: cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        case .bevel: cairo_set_line_join(cr, CAIRO_LINE_JOIN_BEVEL)
        }
        cairo_set_miter_limit(cr, 4)  // the SVG default
        // As in SVG, a dash array with a negative or only zero lengths draws a solid line (cairo would fail).
        let validDash = !s.dash.isEmpty && s.dash.allSatisfy { $0 >= 0 && $0.isFinite } && s.dash.contains { $0 > 0 }
        if validDash {
            s.dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
        } else {
            cairo_set_dash(cr, nil, 0, 0)
        }
    }

    func drawText(_ t: TextNode) {
        guard !t.text.isEmpty, t.font.size > 0, t.font.size.isFinite else { return }
        cairo_save(cr)
        defer { cairo_restore(cr) }
        let advance = Self.advance(t.text, font: t.font, cr: cr)
        let dx: Double
        switch t.anchor {
        case .start: dx = 0
        case .middle: dx = -advance / 2
        case .end: dx = -advance
        }
        let dy = TextMetrics.baselineShift(t.baseline, font: t.font)
        cairo_translate(cr, f(t.position.x), f(t.position.y))
        if t.rotation != 0 && t.rotation.isFinite { cairo_rotate(cr, t.rotation * .pi / 180) }
        setSource(t.color)
        cairo_move_to(cr, dx, dy)
        cairo_show_text(cr, t.text)
    }

    /// Selects `font` on `cr` (unhinted metrics, so positions do not snap to pixels and match the SVG) and
    /// returns the advance width of `text` as cairo measures it.
    static func advance(_ text: String, font: Font, cr: OpaquePointer) -> Double {
        cairo_select_font_face(cr, font.family,
                               font.style == .italic ? CAIRO_FONT_SLANT_ITALIC : CAIRO_FONT_SLANT_NORMAL,
                               font.weight == .bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(cr, font.size)
        if let options = cairo_font_options_create() {
            cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
            cairo_set_font_options(cr, options)
            cairo_font_options_destroy(options)
        }
        var extents = cairo_text_extents_t()
        cairo_text_extents(cr, text, &extents)
        return extents.x_advance
    }

    func drawRaster(_ r: RasterNode) {
        guard r.frame.width > 0, r.frame.height > 0, [r.frame.x, r.frame.y, r.frame.width, r.frame.height].allSatisfy(\.isFinite),
              let image = CairoImage.surface(r) else { return }
        defer { cairo_surface_destroy(image) }
        cairo_save(cr)
        defer { cairo_restore(cr) }
        cairo_translate(cr, r.frame.x, r.frame.y)
        cairo_scale(cr, r.frame.width / Double(r.pixelWidth), r.frame.height / Double(r.pixelHeight))
        cairo_set_source_surface(cr, image, 0, 0)
        let pattern = cairo_get_source(cr)
        cairo_pattern_set_filter(pattern, r.pixelated ? CAIRO_FILTER_NEAREST : CAIRO_FILTER_GOOD)
        cairo_pattern_set_extend(pattern, CAIRO_EXTEND_PAD)
        cairo_rectangle(cr, 0, 0, Double(r.pixelWidth), Double(r.pixelHeight))
        cairo_fill(cr)
    }
}
