import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// One small panel of the `patterns` figure: where hidden unit (layer, unit) — pattern bit `bit` — is on.
struct PatternPanel {
    var network: Network
    var layer: Int
    var unit: Int
    var bit: Int
    var activity: UnitActivity
    var cell: Rect
    var theme: FigureTheme

    /// The on-set fill: the positive colour mixed with white, lighter than any line.
    var onColor: Color {
        let p = theme.positive, a = 0.45
        return Color(red: 1 + (p.red - 1) * a, green: 1 + (p.green - 1) * a, blue: 1 + (p.blue - 1) * a)
    }

    var title: String {
        let name = Notation.unit(layer: layer, unit, network: network)
        let flag = activity == .dead ? " · dead" : activity == .alwaysOn ? " · always on" : ""
        return "\(name) (layer \(layer + 1))\(flag)"
    }

    func titleNode() -> Node {
        let flagged = activity != .switching
        return .text(TextNode(title, at: Point(cell.minX + 34, cell.minY + 12), font: theme.font(11, bold: true),
                              color: flagged ? Color(hex: 0xB2182B) : theme.text, baseline: .middle,
                              info: NodeInfo(classes: flagged ? ["unit-title", "flagged"] : ["unit-title"])))
    }

    /// 2-D: the union of the regions where the bit is 1, and the unit's switching segments.
    func nodes2D(_ r: Regions2D) -> [Node] {
        let plane = InputPlane(domain: r.domain, origin: Point(cell.minX + 34, cell.minY + 24), size: cell.width - 46)
        var nodes = plane.axes.decoration(theme: theme, xLabel: "", yLabel: "", xTicks: 2, yTicks: 2)
        var on = Path()
        for i in 0..<r.regionCount where r.patternBit(i, bit) {
            on.elements += plane.path(r.polygon(of: i)).elements
        }
        if !on.elements.isEmpty {
            nodes.append(.path(PathNode(path: on, fill: onColor, stroke: Stroke(color: onColor, width: 0.6, join: .round),
                                        info: NodeInfo(classes: ["on-set"]))))
        }
        nodes += switchLine(r.unitBoundaries, plane: plane)
        nodes.append(plane.frameOutline(theme: theme))
        nodes.append(titleNode())
        return nodes
    }

    /// This unit's switching segments (its bent hyperplane), as one stroked path.
    func switchLine(_ boundaries: [UnitBoundary], plane: InputPlane) -> [Node] {
        var line = Path()
        for b in boundaries where b.layer == layer && b.unit == unit {
            for s in b.segments {
                line.move(to: plane.point(s.a))
                line.line(to: plane.point(s.b))
            }
        }
        return line.elements.isEmpty ? [] : [.path(PathNode(path: line, stroke: Stroke(color: theme.text, width: 1.3, cap: .round)))]
    }

    /// 1-D: the unit's output hⱼ(x), the intervals where it is on shaded.
    func nodes1D(_ r: Regions1D) -> [Node] {
        let f = UnitFunctions1D(network: network, regions: r)
        let curve = f.curve(f.u[layer][unit])
        let frame = Rect(x: cell.minX + 34, y: cell.minY + 26, width: cell.width - 46, height: cell.height - 52)
        let axes = Axes(frame: frame, xDomain: (r.domain.lowerBound, r.domain.upperBound), yDomain: padded(curve.values + [0]))
        var nodes: [Node] = []
        var runs: [(Double, Double)] = []
        for iv in r.intervals where iv.pattern[bit] {
            if let last = runs.last, last.1 == iv.lo { runs[runs.count - 1].1 = iv.hi } else { runs.append((iv.lo, iv.hi)) }
        }
        for (lo, hi) in runs {
            let x0 = axes.x.map(lo), x1 = axes.x.map(hi)
            nodes.append(.path(PathNode(path: .rect(Rect(x: x0, y: frame.minY, width: x1 - x0, height: frame.height)), fill: onColor,
                                        info: NodeInfo(classes: ["on-set"]))))
        }
        nodes += axes.decoration(theme: theme, xLabel: "", yLabel: "", xTicks: 3, yTicks: 2)
        nodes += curve.nodes(axes, stroke: Stroke(color: theme.text, width: 1.6, join: .round), theme: theme) {
            network.forward(Matrix([[$0]])).layers[layer].u[0, unit]
        }
        nodes.append(titleNode())
        return nodes
    }

    /// Past the region limit: the sampled bit as a raster.
    func nodesSampled(_ s: SampledPatterns, boundaries: [UnitBoundary]) -> [Node] {
        let plane = InputPlane(domain: s.domain, origin: Point(cell.minX + 34, cell.minY + 24), size: cell.width - 46)
        var rgba = [UInt8](repeating: 255, count: s.columns * s.rows * 4)
        let (r, g, b) = onColor.bytes
        for row in 0..<s.rows {
            for col in 0..<s.columns where s.patterns[Int(s.ids[(s.rows - 1 - row) * s.columns + col])][bit] {
                let o = (row * s.columns + col) * 4
                rgba[o] = r; rgba[o + 1] = g; rgba[o + 2] = b
            }
        }
        var nodes = plane.axes.decoration(theme: theme, xLabel: "", yLabel: "", xTicks: 2, yTicks: 2)
        nodes.append(.raster(RasterNode(pixelWidth: s.columns, pixelHeight: s.rows, rgba: rgba, frame: plane.frame, pixelated: true,
                                        info: NodeInfo(classes: ["on-set", "sampled"]))))
        nodes += switchLine(boundaries, plane: plane)
        nodes.append(plane.frameOutline(theme: theme))
        nodes.append(titleNode())
        return nodes
    }
}
