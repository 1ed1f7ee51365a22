import NNVizEngine
import NNVizScene

/// TF-Playground-style mini-plots: the output of every unit over the model's domain, drawn inside its node.
/// 2-D inputs give a small raster (diverging colours, white = 0); 1-D inputs a curve.
struct MiniPlots {
    static let resolution = 32
    /// values[c][j]: unit j of column c (column 0 = the inputs) over the sample grid.
    var values: [[[Double]]]
    var dimension: Int

    /// Nil unless the model has 1 or 2 inputs and a well-formed domain.
    init?(model: Model) {
        let p = model.network.inputCount
        guard p == 1 || p == 2, model.domain.count == p else { return nil }
        dimension = p
        let n = Self.resolution
        var points: [[Double]] = []
        if p == 1 {
            let d = model.domain[0]
            points = (0..<n * 4).map { [d.lowerBound + (d.upperBound - d.lowerBound) * Double($0) / Double(n * 4 - 1)] }
        } else {
            let dx = model.domain[0], dy = model.domain[1]
            for r in 0..<n {
                let y = dy.upperBound - (dy.upperBound - dy.lowerBound) * (Double(r) + 0.5) / Double(n)
                for c in 0..<n { points.append([dx.lowerBound + (dx.upperBound - dx.lowerBound) * (Double(c) + 0.5) / Double(n), y]) }
            }
        }
        let pass = model.network.forward(Matrix(points))
        values = [(0..<p).map { j in points.map { $0[j] } }] + pass.layers.map { layer in (0..<layer.u.columns).map(layer.u.column) }
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
            return [.raster(RasterNode(pixelWidth: Self.resolution, pixelHeight: Self.resolution, rgba: rgba, frame: box, info: info))]
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
