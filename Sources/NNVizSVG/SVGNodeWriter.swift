import Foundation
import NNVizScene

/// Writes scene nodes as SVG elements, one element per line, indented by depth.
struct SVGNodeWriter {
    let prefix: String
    var output = ""
    var depth = 0
    private var usedIds: Set<String> = []
    private var clipCount = 0

    init(prefix: String) {
        self.prefix = prefix
        usedIds = [prefix + "-title", prefix + "-desc"]
    }

    mutating func line(_ text: String) {
        output += String(repeating: "  ", count: depth) + text + "\n"
    }

    mutating func write(_ node: Node) {
        switch node {
        case .group(let g): writeGroup(g)
        case .path(let p): writePath(p)
        case .text(let t): writeText(t)
        case .raster(let r): writeRaster(r)
        }
    }

    /// ` id="…" class="…" data-…="…"`: the id sanitised, prefixed with the document prefix (so figures inlined in
    /// one page never clash) and made unique; classes sanitised; data attributes sorted by key.
    mutating func infoAttributes(_ info: NodeInfo) -> String {
        var out = ""
        if let id = info.id {
            let base = SVGIdentifier.sanitise(prefix + "-" + id)
            var candidate = base, n = 2
            while usedIds.contains(candidate) { candidate = "\(base)-\(n)"; n += 1 }
            usedIds.insert(candidate)
            out += " id=\"\(candidate)\""
        }
        if !info.classes.isEmpty {
            out += " class=\"\(info.classes.map(SVGIdentifier.sanitise).joined(separator: " "))\""
        }
        for key in info.data.keys.sorted() {
            let name = String(key.lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
            guard !name.isEmpty, let value = info.data[key] else { continue }
            out += " data-\(name)=\"\(MarkupEscape.escape(value))\""
        }
        return out
    }

    /// Writes `<tag attrs>` + tooltip + `body` + `</tag>`, or `<tag attrs/>` when there is nothing inside.
    mutating func element(_ tag: String, _ attributes: String, tooltip: String?, body: String = "") {
        guard let tooltip else {
            line(body.isEmpty ? "<\(tag)\(attributes)/>" : "<\(tag)\(attributes)>\(body)</\(tag)>")
            return
        }
        line("<\(tag)\(attributes)><title>\(MarkupEscape.escape(tooltip))</title>\(body)</\(tag)>")
    }

    mutating func writeGroup(_ g: GroupNode) {
        var attributes = infoAttributes(g.info)
        if let t = g.transform {
            let m = [t.a, t.b, t.c, t.d, t.e, t.f].map { NumberFormat.coordinate($0, decimals: 4) }
            attributes += " transform=\"matrix(\(m.joined(separator: " ")))\""
        }
        if let clip = g.clip {
            clipCount += 1
            let clipId = "\(prefix)-clip-\(clipCount)"
            usedIds.insert(clipId)
            line("<clipPath id=\"\(clipId)\"><rect" + rectAttributes(clip) + "/></clipPath>")
            attributes += " clip-path=\"url(#\(clipId))\""
        }
        line("<g\(attributes)>")
        depth += 1
        if let tooltip = g.info.tooltip { line("<title>\(MarkupEscape.escape(tooltip))</title>") }
        for child in g.children { write(child) }
        depth -= 1
        line("</g>")
    }

    func rectAttributes(_ r: Rect) -> String {
        " x=\"\(NumberFormat.coordinate(r.x))\" y=\"\(NumberFormat.coordinate(r.y))\""
            + " width=\"\(NumberFormat.coordinate(r.width))\" height=\"\(NumberFormat.coordinate(r.height))\""
    }

    mutating func writePath(_ p: PathNode) {
        let attributes = infoAttributes(p.info) + " d=\"\(Self.pathData(p.path))\""
            + SVGPaint.fill(p.fill) + SVGPaint.stroke(p.stroke)
        element("path", attributes, tooltip: p.info.tooltip)
    }

    /// `M x y L x y C x y x y x y Z` in the fixed number format.
    static func pathData(_ path: Path) -> String {
        func pt(_ p: Point) -> String { NumberFormat.coordinate(p.x) + " " + NumberFormat.coordinate(p.y) }
        return path.elements.map { element -> String in
            switch element {
            case .move(let p): return "M" + pt(p)
            case .line(let p): return "L" + pt(p)
            case .cubic(let c1, let c2, let p): return "C" + pt(c1) + " " + pt(c2) + " " + pt(p)
            case .close: return "Z"
            }
        }.joined(separator: " ")
    }

    mutating func writeText(_ t: TextNode) {
        let x = NumberFormat.coordinate(t.position.x), y = NumberFormat.coordinate(t.position.y)
        var attributes = infoAttributes(t.info) + " x=\"\(x)\" y=\"\(y)\""
        attributes += " font-family=\"\(MarkupEscape.escape(t.font.family)), sans-serif\""
        attributes += " font-size=\"\(NumberFormat.coordinate(t.font.size))\""
        if t.font.weight == .bold { attributes += " font-weight=\"bold\"" }
        if t.font.style == .italic { attributes += " font-style=\"italic\"" }
        attributes += SVGPaint.fill(t.color)
        if t.anchor != .start { attributes += " text-anchor=\"\(t.anchor.rawValue)\"" }
        switch t.baseline {
        case .alphabetic: break
        case .middle: attributes += " dominant-baseline=\"central\""
        case .hanging: attributes += " dominant-baseline=\"hanging\""
        }
        // SVG collapses runs of spaces; cairo draws them. Keep them where they occur (rare: aligned labels).
        if t.text.hasPrefix(" ") || t.text.hasSuffix(" ") || t.text.contains("  ") || t.text.contains("\t") {
            attributes += " xml:space=\"preserve\""
        }
        if t.rotation != 0 {
            attributes += " transform=\"rotate(\(NumberFormat.coordinate(t.rotation)) \(x) \(y))\""
        }
        element("text", attributes, tooltip: t.info.tooltip, body: MarkupEscape.escape(t.text))
    }

    mutating func writeRaster(_ r: RasterNode) {
        let png = PNGEncoder.encode(width: r.pixelWidth, height: r.pixelHeight, rgba: r.rgba) ?? []
        var attributes = infoAttributes(r.info) + rectAttributes(r.frame) + " preserveAspectRatio=\"none\""
        if r.pixelated { attributes += " image-rendering=\"optimizeSpeed\" style=\"image-rendering:pixelated\"" }
        attributes += " href=\"data:image/png;base64,\(Data(png).base64EncodedString())\""
        element("image", attributes, tooltip: r.info.tooltip)
    }
}
