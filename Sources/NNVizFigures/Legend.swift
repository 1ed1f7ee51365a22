import NNVizScene

/// A legend: one line sample and label per entry, in a framed box.
struct Legend {
    struct Entry {
        var label: String
        var stroke: Stroke
    }
    var entries: [Entry]

    /// The legend's size for `theme`.
    func size(theme: FigureTheme) -> (width: Double, height: Double) {
        let font = theme.font(10)
        let w = (entries.map { TextBox.width($0.label, font) }.max() ?? 0) + 40
        return (w, Double(entries.count) * 16 + 8)
    }

    /// Nodes with the legend's top-left corner at `origin`.
    func nodes(at origin: Point, theme: FigureTheme) -> [Node] {
        let (w, h) = size(theme: theme)
        var nodes: [Node] = [.path(PathNode(path: .rect(Rect(x: origin.x, y: origin.y, width: w, height: h)),
                                            fill: theme.background.withAlpha(0.9), stroke: Stroke(color: theme.grid, width: 1)))]
        for (i, e) in entries.enumerated() {
            let y = origin.y + 12 + Double(i) * 16
            nodes.append(.path(PathNode(path: .line(Point(origin.x + 6, y), Point(origin.x + 28, y)), stroke: e.stroke)))
            nodes.append(.text(TextNode(e.label, at: Point(origin.x + 33, y), font: theme.font(10), color: theme.text,
                                        anchor: .start, baseline: .middle)))
        }
        return [.group(GroupNode(nodes, info: NodeInfo(classes: ["legend"])))]
    }
}
