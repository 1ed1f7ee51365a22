import NNVizEngine
import NNVizScene

/// A legend whose samples may be lines, lines with active-side ticks, filled swatches or class markers
/// (the line-only `Legend` of the loss figure cannot show areas and points).
struct MarkLegend {
    enum Mark {
        case line(Stroke)
        case ticks(Stroke)
        case swatch(Color)
        case classMarker(Int)
    }
    struct Entry {
        var label: String
        var mark: Mark
    }
    var entries: [Entry]

    /// Entries "class k" with its marker, for the classes in the model's data.
    static func classEntries(_ model: Model) -> [Entry] {
        DataMarks.legendClasses(model).map { Entry(label: "data, class \($0)", mark: .classMarker($0)) }
    }

    func size(theme: FigureTheme) -> (width: Double, height: Double) {
        guard !entries.isEmpty else { return (0, 0) }
        let font = theme.font(10)
        let w = (entries.map { TextMetrics.width(of: $0.label, font: font) }.max() ?? 0) + 44
        return (w, Double(entries.count) * 18 + 8)
    }

    /// Nodes with the legend's top-left corner at `origin` (nothing when there are no entries).
    func nodes(at origin: Point, theme: FigureTheme) -> [Node] {
        guard !entries.isEmpty else { return [] }
        let (w, h) = size(theme: theme)
        var nodes: [Node] = [.path(PathNode(path: .rect(Rect(x: origin.x, y: origin.y, width: w, height: h)),
                                            fill: theme.background.withAlpha(0.9), stroke: Stroke(color: theme.grid, width: 1)))]
        for (i, e) in entries.enumerated() {
            let y = origin.y + 13 + Double(i) * 18
            nodes += sample(e.mark, from: origin.x + 6, to: origin.x + 32, y: y, theme: theme)
            nodes.append(.text(TextNode(e.label, at: Point(origin.x + 38, y), font: theme.font(10), color: theme.text,
                                        anchor: .start, baseline: .middle)))
        }
        return [.group(GroupNode(nodes, info: NodeInfo(classes: ["legend"])))]
    }

    func sample(_ mark: Mark, from x0: Double, to x1: Double, y: Double, theme: FigureTheme) -> [Node] {
        switch mark {
        case .line(let s):
            return [.path(PathNode(path: .line(Point(x0, y), Point(x1, y)), stroke: s))]
        case .ticks(let s):
            var p = Path.line(Point(x0, y + 3), Point(x1, y + 3))
            for x in stride(from: x0 + 3, through: x1, by: 7) {
                p.move(to: Point(x, y + 3))
                p.line(to: Point(x, y - 2))
            }
            return [.path(PathNode(path: p, stroke: s))]
        case .swatch(let c):
            return [.path(PathNode(path: .rect(Rect(x: x0, y: y - 6, width: x1 - x0, height: 12)), fill: c,
                                   stroke: Stroke(color: theme.mutedText, width: 0.5)))]
        case .classMarker(let k):
            return [DataMarks.marker(at: Point((x0 + x1) / 2, y), classIndex: k, radius: 4.5, theme: theme)]
        }
    }
}
