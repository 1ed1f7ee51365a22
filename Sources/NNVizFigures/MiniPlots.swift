import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// TF-Playground-style mini-plots: the output of every unit over the model's domain, drawn inside its node.
/// 2-D inputs give a small raster (diverging colours over −m…m, white = 0, m the unit's largest |value|);
/// 1-D inputs a curve over the unit's own lo…hi (always including 0). Each unit has its own scale, so a unit
/// with small values is not washed out by a large one; the caption gives the scales' span per layer and each
/// unit's tooltip its own.
struct MiniPlots {
    /// values[c][j]: unit j of column c (column 0 = the inputs) over the sample grid.
    var values: [[[Double]]]
    var dimension: Int
    /// Grid points per axis of a 2-D raster.
    var resolution: Int
    /// ranges[c][j]: the scale of unit j of column c, computed once.
    private var ranges: [[(lo: Double, hi: Double)]] = []

    /// The mini-plots read off the shared field sample; nil when there is none (not 1-D/2-D input).
    init?(_ field: FieldSample?) {
        guard let field else { return nil }
        dimension = field.dimension
        resolution = field.resolution
        let inputs = (0..<field.dimension).map { j in (0..<field.count).map { field.pass.input[$0, j] } }
        values = [inputs] + field.pass.layers.map { layer in (0..<layer.u.columns).map(layer.u.column) }
        ranges = values.map { column in column.map { Self.range($0, dimension: field.dimension) } }
    }

    /// The scale of unit `j` in column `c`: −m…m (2-D) or lo…hi with 0 inside (1-D).
    func range(column c: Int, unit j: Int) -> (lo: Double, hi: Double) { ranges[c][j] }

    static func range(_ values: [Double], dimension: Int) -> (lo: Double, hi: Double) {
        var lo = Double.infinity, hi = -Double.infinity
        for v in values where v.isFinite {
            lo = min(lo, v)
            hi = max(hi, v)
        }
        if lo > hi { (lo, hi) = (0, 0) }
        if dimension == 2 {
            let m = max(abs(lo), abs(hi))
            return (-m, m)
        }
        lo = min(lo, 0)
        hi = max(hi, 0)
        if hi - lo < 1e-9 { lo -= 0.5; hi += 0.5 }
        return (lo, hi)
    }

    /// The unit's scale in words, for its tooltip.
    func scaleText(column c: Int, unit j: Int) -> String {
        let (lo, hi) = range(column: c, unit: j)
        if dimension == 2 { return "colours from −\(LabelFormat.short(hi, digits: 2)) to +\(LabelFormat.short(hi, digits: 2))" }
        return "plotted from \(LabelFormat.short(lo, digits: 2)) to \(LabelFormat.short(hi, digits: 2))"
    }

    /// The nodes of the mini-plot of unit `j` in column `c`, filling `box`.
    func nodes(column c: Int, unit j: Int, box: Rect, theme: FigureTheme) -> [Node] {
        let v = values[c][j]
        let info = NodeInfo(classes: ["miniplot"])
        let (lo, hi) = range(column: c, unit: j)
        if dimension == 2 {
            var rgba: [UInt8] = []
            rgba.reserveCapacity(v.count * 4)
            for x in v {
                let (r, g, b) = theme.diverging(x, limit: hi).bytes
                rgba += [r, g, b, 255]
            }
            return [.raster(RasterNode(pixelWidth: resolution, pixelHeight: resolution, rgba: rgba, frame: box, info: info))]
        }
        let inner = box.insetBy(min(box.width * 0.1, theme.type.pad * 0.6))
        func pt(_ i: Int, _ y: Double) -> Point {
            Point(inner.minX + inner.width * Double(i) / Double(v.count - 1), inner.maxY - (y - lo) / (hi - lo) * inner.height)
        }
        return [.path(PathNode(path: .rect(box), fill: theme.nodeFill, info: info)),
                .path(PathNode(path: .line(pt(0, 0), pt(v.count - 1, 0)), stroke: Stroke(color: theme.grid, width: theme.stroke(0.75)), info: info)),
                .path(PathNode(path: .polyline(v.indices.map { pt($0, v[$0]) }),
                               stroke: Stroke(color: theme.series[0], width: theme.stroke(1.25), join: .round), info: info))]
    }

    /// The caption sentence on the scales: what the colours (or curves) mean and, per layer, the span of the
    /// units' scales ("hidden 1 m = 0.8 … 7.1"), naming the columns as the graph's captions do.
    func scaleSentence(columnNames: [String], theme: FigureTheme) -> String {
        let parts = columnNames.indices.map { c -> String in
            let spans = ranges[c]
            if dimension == 2 {
                let ms = spans.map { LabelFormat.short($0.hi, digits: 2) }
                let (a, b) = (spans.map(\.hi).min() ?? 0, spans.map(\.hi).max() ?? 0)
                return Set(ms).count == 1 ? "\(columnNames[c]): \(ms[0])" :
                    "\(columnNames[c]): \(LabelFormat.short(a, digits: 2)) to \(LabelFormat.short(b, digits: 2))"
            }
            let (a, b) = (spans.map(\.lo).min() ?? 0, spans.map(\.hi).max() ?? 0)
            return "\(columnNames[c]): within \(LabelFormat.short(a, digits: 2)) … \(LabelFormat.short(b, digits: 2))"
        }
        if dimension == 2 {
            let neg = theme.dashNegative ? "pale orange" : "orange", pos = theme.dashNegative ? "dark blue" : "blue"
            return " Each node shows its unit's output over the input domain on its own scale: \(neg) −m … white 0 … \(pos) +m, "
                + "m the unit's largest |value| (" + parts.joined(separator: "; ") + "; hover a node for its own)."
        }
        return " Each node plots its unit's output over the input domain on its own vertical scale, the grey line at 0 ("
            + parts.joined(separator: "; ") + "; hover a node for its own)."
    }
}
