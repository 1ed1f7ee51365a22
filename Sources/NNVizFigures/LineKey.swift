import NNVizScene

/// A one-line key of line samples with their labels ("—— g(z)   - - - g′(z)"), wrapped onto more rows when the
/// width is short. A panel, so it sits under a plot (or a row of plots) at any size.
struct LineKey: Panel {
    struct Entry {
        var label: String
        var stroke: Stroke
    }
    var entries: [Entry]
    var info: NodeInfo = NodeInfo(classes: ["legend"])

    static func sampleLength(_ theme: FigureTheme) -> Double { theme.type.label * 2.4 }

    func entryWidth(_ e: Entry, theme: FigureTheme) -> Double {
        Self.sampleLength(theme) + theme.type.pad + TextMetrics.width(of: e.label, font: theme.font(.small))
    }

    /// Entries per row, greedily.
    func rows(_ width: Double, theme: FigureTheme) -> [[Entry]] {
        var rows: [[Entry]] = [], current: [Entry] = [], used = 0.0
        let space = theme.type.gap
        for e in entries {
            let w = entryWidth(e, theme: theme)
            if !current.isEmpty, used + space + w > width {
                rows.append(current)
                current = []
                used = 0
            }
            used += (current.isEmpty ? 0 : space) + w
            current.append(e)
        }
        if !current.isEmpty { rows.append(current) }
        return rows
    }

    func height(width: Double, theme: FigureTheme) -> Double {
        Double(rows(width, theme: theme).count) * theme.type.lineHeight(.small)
    }

    func draw(in rect: Rect, theme: FigureTheme) -> [Node] {
        var nodes: [Node] = []
        let lh = theme.type.lineHeight(.small), sample = Self.sampleLength(theme)
        for (r, row) in rows(rect.width, theme: theme).enumerated() {
            var x = rect.minX
            let y = rect.minY + lh * (Double(r) + 0.5)
            for e in row {
                nodes.append(.path(PathNode(path: .line(Point(x, y), Point(x + sample, y)), stroke: e.stroke)))
                nodes.append(.text(TextNode(e.label, at: Point(x + sample + theme.type.pad, y), font: theme.font(.small),
                                            color: theme.text, anchor: .start, baseline: .middle)))
                x += entryWidth(e, theme: theme) + theme.type.gap
            }
        }
        return [.group(GroupNode(nodes, info: info))]
    }
}
