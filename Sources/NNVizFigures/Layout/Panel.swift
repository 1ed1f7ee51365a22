import NNVizScene

/// A part of a figure that lays itself out for the width it is given and draws into a rectangle: a plot with
/// axes, a legend, a colour bar, a graph, a map. The same panel serves a full figure, a small multiple and a
/// thumbnail; figures are compositions of panels (`VStack`, `HStack`, `PanelGrid`, `BesideOrBelow`).
///
/// Contract: `draw(in:theme:)` draws only inside `rect` (text included) when `rect.height` is at least
/// `height(width: rect.width, theme:)`.
protocol Panel {
    /// The height the panel needs when it is `width` wide.
    func height(width: Double, theme: FigureTheme) -> Double
    /// The panel's nodes inside `rect`.
    func draw(in rect: Rect, theme: FigureTheme) -> [Node]
}

/// Panels one under the other, full width, `gap` apart (default: the typography's gap).
struct VStack: Panel {
    var panels: [any Panel]
    var gap: Double?

    init(_ panels: [any Panel], gap: Double? = nil) { self.panels = panels; self.gap = gap }

    func height(width: Double, theme: FigureTheme) -> Double {
        let g = gap ?? theme.type.gap
        return panels.map { $0.height(width: width, theme: theme) }.reduce(0, +) + g * Double(max(panels.count - 1, 0))
    }

    func draw(in rect: Rect, theme: FigureTheme) -> [Node] {
        let g = gap ?? theme.type.gap
        var y = rect.minY, nodes: [Node] = []
        for p in panels {
            let h = p.height(width: rect.width, theme: theme)
            nodes += p.draw(in: Rect(x: rect.minX, y: y, width: rect.width, height: h), theme: theme)
            y += h + g
        }
        return nodes
    }
}

/// Panels side by side; each gets a share of the width proportional to its weight.
struct HStack: Panel {
    var panels: [(panel: any Panel, weight: Double)]
    var gap: Double?

    init(_ panels: [(any Panel, Double)], gap: Double? = nil) {
        self.panels = panels.map { (panel: $0.0, weight: $0.1) }
        self.gap = gap
    }

    func widths(_ width: Double, theme: FigureTheme) -> [Double] {
        let g = gap ?? theme.type.gap
        let free = max(0, width - g * Double(max(panels.count - 1, 0)))
        let total = panels.map(\.weight).reduce(0, +)
        return panels.map { free * $0.weight / max(total, 1e-12) }
    }

    func height(width: Double, theme: FigureTheme) -> Double {
        zip(panels, widths(width, theme: theme)).map { $0.panel.height(width: $1, theme: theme) }.max() ?? 0
    }

    func draw(in rect: Rect, theme: FigureTheme) -> [Node] {
        let g = gap ?? theme.type.gap
        var x = rect.minX, nodes: [Node] = []
        for (p, w) in zip(panels, widths(rect.width, theme: theme)) {
            nodes += p.panel.draw(in: Rect(x: x, y: rect.minY, width: w, height: rect.height), theme: theme)
            x += w + g
        }
        return nodes
    }
}

/// A main panel with a side panel (a legend, a colour bar) to its right when the figure is wide enough for
/// both, else below it: narrow figures keep the whole width for the plot.
struct BesideOrBelow: Panel {
    var main: any Panel
    var side: any Panel
    /// The side panel's width when beside.
    var sideWidth: (FigureTheme) -> Double
    /// Beside only when the main panel keeps at least this share of the width.
    var minimumMainShare = 0.7

    func isBeside(_ width: Double, theme: FigureTheme) -> Bool {
        let s = sideWidth(theme) + theme.type.gap
        return s > 0 && (width - s) / width >= minimumMainShare
    }

    /// The main panel's width when the whole is `width` wide.
    func mainWidth(_ width: Double, theme: FigureTheme) -> Double {
        isBeside(width, theme: theme) ? width - sideWidth(theme) - theme.type.gap : width
    }

    func height(width: Double, theme: FigureTheme) -> Double {
        if isBeside(width, theme: theme) {
            return max(main.height(width: mainWidth(width, theme: theme), theme: theme),
                       side.height(width: sideWidth(theme), theme: theme))
        }
        return VStack([main, side]).height(width: width, theme: theme)
    }

    func draw(in rect: Rect, theme: FigureTheme) -> [Node] {
        guard isBeside(rect.width, theme: theme) else { return VStack([main, side]).draw(in: rect, theme: theme) }
        let sw = sideWidth(theme), mw = mainWidth(rect.width, theme: theme)
        return main.draw(in: Rect(x: rect.minX, y: rect.minY, width: mw, height: rect.height), theme: theme)
            + side.draw(in: Rect(x: rect.maxX - sw, y: rect.minY, width: sw, height: rect.height), theme: theme)
    }
}

/// Small multiples: equal cells, as many columns as fit cells of at least `minimumCellWidth`
/// (at most `maxColumns`), each cell as tall as its tallest panel at the cell width.
struct SmallMultiples: Panel {
    var panels: [any Panel]
    var minimumCellWidth: (FigureTheme) -> Double
    var maxColumns: Int = 8

    func columns(_ width: Double, theme: FigureTheme) -> Int {
        let g = theme.type.gap
        let fit = Int((width + g) / (minimumCellWidth(theme) + g))
        return max(1, min(panels.count, maxColumns, fit))
    }

    func cellWidth(_ width: Double, theme: FigureTheme) -> Double {
        let c = Double(columns(width, theme: theme)), g = theme.type.gap
        return (width - g * (c - 1)) / c
    }

    func height(width: Double, theme: FigureTheme) -> Double {
        let c = columns(width, theme: theme), w = cellWidth(width, theme: theme)
        let rows = (panels.count + c - 1) / c
        let cell = panels.map { $0.height(width: w, theme: theme) }.max() ?? 0
        return Double(rows) * cell + theme.type.gap * Double(max(rows - 1, 0))
    }

    func draw(in rect: Rect, theme: FigureTheme) -> [Node] {
        let c = columns(rect.width, theme: theme), w = cellWidth(rect.width, theme: theme), g = theme.type.gap
        let cell = panels.map { $0.height(width: w, theme: theme) }.max() ?? 0
        return panels.enumerated().flatMap { i, p in
            p.draw(in: Rect(x: rect.minX + Double(i % c) * (w + g), y: rect.minY + Double(i / c) * (cell + g),
                            width: w, height: cell), theme: theme)
        }
    }
}

/// A fixed-height panel drawn by a closure (for one-off content).
struct DrawnPanel: Panel {
    var fixedHeight: (Double, FigureTheme) -> Double
    var body: (Rect, FigureTheme) -> [Node]
    func height(width: Double, theme: FigureTheme) -> Double { fixedHeight(width, theme) }
    func draw(in rect: Rect, theme: FigureTheme) -> [Node] { body(rect, theme) }
}

/// Wrapped text (a heading or a note), lines broken at spaces to fit the width.
struct TextPanel: Panel {
    var text: String
    var role: TextRole
    var color: (FigureTheme) -> Color = { $0.text }
    var info: NodeInfo = .none

    func lines(_ width: Double, theme: FigureTheme) -> [String] {
        TextWrap.lines(text, font: theme.font(role), width: width)
    }

    func height(width: Double, theme: FigureTheme) -> Double {
        text.isEmpty ? 0 : Double(lines(width, theme: theme).count) * theme.type.lineHeight(role)
    }

    func draw(in rect: Rect, theme: FigureTheme) -> [Node] {
        let lh = theme.type.lineHeight(role)
        return lines(rect.width, theme: theme).enumerated().map { i, line in
            .text(TextNode(line, at: Point(rect.minX, rect.minY + lh * (Double(i) + 0.5)), font: theme.font(role),
                           color: color(theme), baseline: .middle, info: info))
        }
    }
}

/// Greedy line breaking at spaces with the DejaVu metrics; a word longer than the width stays on its own line.
enum TextWrap {
    static func lines(_ text: String, font: Font, width: Double) -> [String] {
        var lines: [String] = [], current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if current.isEmpty || TextMetrics.width(of: candidate, font: font) <= width {
                current = candidate
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

/// A whole figure from its root panel: the canvas is exactly the print width, the height what the panel needs
/// plus the margins.
enum FigureCanvas {
    static func scene(_ root: any Panel, theme: FigureTheme, title: String, description: String) -> Scene {
        let m = theme.type.margin, w = theme.size.width
        let h = root.height(width: w - 2 * m, theme: theme)
        let nodes = root.draw(in: Rect(x: m, y: m, width: w - 2 * m, height: h), theme: theme)
        return Scene(width: w, height: h + 2 * m, title: title, description: description,
                     background: theme.background, nodes: nodes)
    }
}
