import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// TF-Playground-style mini-plots: the output of every unit over the model's domain, drawn inside its node.
/// 2-D inputs give a small raster (diverging colours, white = 0); 1-D inputs a curve.
struct MiniPlots {
    /// values[c][j]: unit j of column c (column 0 = the inputs) over the sample grid.
    var values: [[[Double]]]
    var dimension: Int
    /// Grid points per axis of a 2-D raster.
    var resolution: Int

    /// The mini-plots read off the shared field sample; nil when there is none (not 1-D/2-D input).
    init?(_ field: FieldSample?) {
        guard let field else { return nil }
        dimension = field.dimension
        resolution = field.resolution
        let inputs = (0..<field.dimension).map { j in (0..<field.count).map { field.pass.input[$0, j] } }
        values = [inputs] + field.pass.layers.map { layer in (0..<layer.u.columns).map(layer.u.column) }
    }

    /// The nodes of the mini-plot of unit `j` in column `c`, filling `box`.
    func nodes(column c: Int, unit j: Int, box: Rect, theme: FigureTheme) -> [Node] {
        let v = values[c][j]
        let info = NodeInfo(classes: ["miniplot"])
        if dimension == 2 {
            let limit = v.map { abs($0) }.filter(\.isFinite).max() ?? 0
            var rgba: [UInt8] = []
            rgba.reserveCapacity(v.count * 4)
            for x in v {
                let (r, g, b) = theme.diverging(x, limit: limit).bytes
                rgba += [r, g, b, 255]
            }
            return [.raster(RasterNode(pixelWidth: resolution, pixelHeight: resolution, rgba: rgba, frame: box, info: info))]
        }
        let finite = v.filter(\.isFinite)
        var lo = min(finite.min() ?? 0, 0), hi = max(finite.max() ?? 1, 0)
        if hi - lo < 1e-9 { lo -= 0.5; hi += 0.5 }
        let inner = box.insetBy(4)
        func pt(_ i: Int, _ y: Double) -> Point {
            Point(inner.minX + inner.width * Double(i) / Double(v.count - 1), inner.maxY - (y - lo) / (hi - lo) * inner.height)
        }
        var nodes: [Node] = [.path(PathNode(path: .rect(box), fill: theme.nodeFill, info: info)),
                             .path(PathNode(path: .line(pt(0, 0), pt(v.count - 1, 0)), stroke: Stroke(color: theme.grid, width: 1), info: info))]
        nodes.append(.path(PathNode(path: .polyline(v.indices.map { pt($0, v[$0]) }),
                                    stroke: Stroke(color: theme.series[0], width: 1.5, join: .round), info: info)))
        return nodes
    }
}
