import NNVizEngine
import NNVizScene

/// A legend whose samples may be lines, lines with active-side ticks, filled swatches or class markers
/// (`LineKey` draws only line samples, packed in rows), as a panel: one column when it is
/// given about its natural width (beside a plot), as many columns as fit when it is wider (below a plot).
struct MarkLegend: Panel {
    enum Mark {
        case line(Stroke)
        case ticks(Stroke)
        case swatch(Color)
        /// A filled swatch with hatch lines over it (the print theme's second channel for areas).
        case hatchedSwatch(Color, HatchPattern)
        case classMarker(Int)
        /// A data point without a class (regression targets): a dark dot.
        case dataDot
        /// A hollow class marker (test points); nil class: a ring.
        case testMarker(Int?)
    }
    struct Entry {
        var label: String
        var mark: Mark
    }
    var entries: [Entry]

    /// Entries "data, class k" with its marker for the classes in the model's data, and one for test points.
    static func classEntries(_ model: Model, test: Bool = false) -> [Entry] {
        var entries = DataMarks.legendClasses(model).map { Entry(label: "data, class \($0)", mark: .classMarker($0)) }
        if test && DataMarks.hasTestPoints(model) {
            entries.append(Entry(label: "test points (hollow)", mark: .testMarker(DataMarks.legendClasses(model).first)))
        }
        return entries
    }

    func sampleWidth(_ theme: FigureTheme) -> Double { theme.type.label * 2.6 }

    /// One entry's width: sample, pad, label.
    func entryWidth(_ theme: FigureTheme) -> Double {
        let font = theme.font(.label)
        return sampleWidth(theme) + theme.type.pad + (entries.map { TextMetrics.width(of: $0.label, font: font) }.max() ?? 0)
    }

    /// The width of one column of entries (what the legend needs beside a plot).
    func naturalWidth(_ theme: FigureTheme) -> Double { entries.isEmpty ? 0 : entryWidth(theme) }

    func columns(_ width: Double, theme: FigureTheme) -> Int {
        let g = theme.type.gap
        return max(1, min(entries.count, Int((width + g) / (entryWidth(theme) + g))))
    }

    func height(width: Double, theme: FigureTheme) -> Double {
        guard !entries.isEmpty else { return 0 }
        let rows = (entries.count + columns(width, theme: theme) - 1) / columns(width, theme: theme)
        return Double(rows) * theme.type.lineHeight(.label)
    }

    func draw(in rect: Rect, theme: FigureTheme) -> [Node] {
        guard !entries.isEmpty else { return [] }
        let c = columns(rect.width, theme: theme), lh = theme.type.lineHeight(.label)
        let columnWidth = entryWidth(theme) + theme.type.gap
        var nodes: [Node] = []
        for (i, e) in entries.enumerated() {
            let x = rect.minX + Double(i % c) * columnWidth, y = rect.minY + lh * (Double(i / c) + 0.5)
            nodes += sample(e.mark, from: x, to: x + sampleWidth(theme), y: y, theme: theme)
            nodes.append(.text(TextNode(e.label, at: Point(x + sampleWidth(theme) + theme.type.pad, y), font: theme.font(.label),
                                        color: theme.text, anchor: .start, baseline: .middle)))
        }
        return [.group(GroupNode(nodes, info: NodeInfo(classes: ["legend"])))]
    }

    func sample(_ mark: Mark, from x0: Double, to x1: Double, y: Double, theme: FigureTheme) -> [Node] {
        let h = theme.type.label * 0.9
        switch mark {
        case .line(let s):
            return [.path(PathNode(path: .line(Point(x0, y), Point(x1, y)), stroke: s))]
        case .ticks(let s):
            let t = theme.type.tick * 0.6
            var p = Path.line(Point(x0, y + t / 2), Point(x1, y + t / 2))
            for x in stride(from: x0 + t / 2, through: x1, by: theme.type.label * 0.8) {
                p.move(to: Point(x, y + t / 2))
                p.line(to: Point(x, y - t / 2))
            }
            return [.path(PathNode(path: p, stroke: s))]
        case .swatch(let c):
            return [.path(PathNode(path: .rect(Rect(x: x0, y: y - h / 2, width: x1 - x0, height: h)), fill: c,
                                   stroke: Stroke(color: theme.mutedText, width: theme.stroke(0.5))))]
        case .hatchedSwatch(let c, let hatch):
            let r = Rect(x: x0, y: y - h / 2, width: x1 - x0, height: h)
            return sample(.swatch(c), from: x0, to: x1, y: y, theme: theme)
                + [.path(PathNode(path: hatch.lines(in: r, spacing: Hatching.spacing(theme)), stroke: Hatching.stroke(theme)))]
        case .classMarker(let k):
            return [DataMarks.marker(at: Point((x0 + x1) / 2, y), classIndex: k, radius: theme.type.label * 0.5, theme: theme)]
        case .dataDot:
            return [DataMarks.marker(at: Point((x0 + x1) / 2, y), classIndex: nil, radius: theme.type.label * 0.5, theme: theme)]
        case .testMarker(let k):
            return [DataMarks.marker(at: Point((x0 + x1) / 2, y), classIndex: k, radius: theme.type.label * 0.5, theme: theme, hollow: true)]
        }
    }
}
