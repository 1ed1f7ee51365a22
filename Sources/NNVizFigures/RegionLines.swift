import Foundation
import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// The switching sets of hidden units on a 2-D map: each first-layer unit's straight line z = 0 (clipped to
/// the box, ticks on its active side, a label hⱼ), and deeper units' bent boundaries (exact segments from the
/// region analysis), thinner.
struct RegionLines {
    var network: Network
    var regions: Regions2D
    var plane: InputPlane
    var theme: FigureTheme

    var firstStroke: Stroke { Stroke(color: theme.text, width: 1.6, cap: .round) }
    var deepStroke: Stroke { Stroke(color: theme.mutedText, width: 0.9, cap: .round, join: .round) }

    /// First-layer units whose line crosses the box, with the clipped segment (input coordinates).
    var firstLayerLines: [(unit: Int, segment: Segment, map: AffineMap2)] {
        guard let layer = network.hiddenLayers.first, layer.activation.contributesPatternBits else { return [] }
        return (0..<layer.units).compactMap { j in
            let f = AffineMap2(a1: layer.weights[j, 0], a2: layer.weights[j, 1], c: layer.biases[j])
            return ConvexCut.segment(plane.box, f).map { (j, $0, f) }
        }
    }

    var hasFirstLayerLines: Bool { !firstLayerLines.isEmpty }
    /// Active-side ticks only while they stay readable (at most 12 first-layer lines).
    var showsTicks: Bool { firstLayerLines.count <= 12 }
    var hasDeeperBoundaries: Bool { regions.unitBoundaries.contains { $0.layer > 0 && !$0.segments.isEmpty } }

    /// Deeper boundaries (thin), then first-layer lines with their active-side ticks (thick).
    func boundaryNodes() -> [Node] {
        var nodes: [Node] = []
        for b in regions.unitBoundaries where b.layer > 0 && !b.segments.isEmpty {
            var path = Path()
            for s in b.segments {
                path.move(to: plane.point(s.a))
                path.line(to: plane.point(s.b))
            }
            let name = Notation.unit(layer: b.layer, b.unit, network: network)
            nodes.append(.path(PathNode(path: path, stroke: deepStroke,
                                        info: NodeInfo(classes: ["unit-boundary", "layer-\(b.layer + 1)"], tooltip: "\(name) = 0"))))
        }
        for line in firstLayerLines {
            let name = Notation.unit(layer: 0, line.unit, network: network)
            var path = Path.line(plane.point(line.segment.a), plane.point(line.segment.b))
            if showsTicks { path.elements += ticks(line.segment, line.map).elements }
            nodes.append(.path(PathNode(path: path, stroke: firstStroke,
                                        info: NodeInfo(id: "unit-line-\(line.unit + 1)", classes: ["unit-line"],
                                                       tooltip: "\(name) = 0; ticks on the side where \(name) is on"))))
        }
        return nodes
    }

    /// The canvas unit normal pointing to where z grows (the active side).
    func activeNormal(_ f: AffineMap2) -> Point {
        let ppu = plane.pixelsPerUnit
        let gx = f.a1 / ppu.x, gy = -f.a2 / ppu.y
        let n = (gx * gx + gy * gy).squareRoot()
        return n > 0 ? Point(gx / n, gy / n) : Point(0, 0)
    }

    /// Short ticks every ~14 canvas units along the segment, on the active side.
    func ticks(_ s: Segment, _ f: AffineMap2) -> Path {
        let a = plane.point(s.a), b = plane.point(s.b)
        let length = hypot(b.x - a.x, b.y - a.y)
        let n = Int(length / 14)
        guard n >= 1 else { return Path() }
        let normal = activeNormal(f)
        var path = Path()
        for k in 0..<n {
            let t = (Double(k) + 0.5) / Double(n)
            let p = Point(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y))
            path.move(to: p)
            path.line(to: Point(p.x + 5 * normal.x, p.y + 5 * normal.y))
        }
        return path
    }

    /// Labels hⱼ near an end of each first-layer line, on the active side, placed so they do not overlap.
    func labelNodes() -> [TextNode] {
        let font = theme.font(12, bold: true)
        var candidates: [[TextNode]] = []
        for line in firstLayerLines {
            let name = Notation.unit(layer: 0, line.unit, network: network)
            let a = plane.point(line.segment.a), b = plane.point(line.segment.b)
            let normal = activeNormal(line.map)
            let w = TextMetrics.width(of: name, font: font)
            let offset = 6 + 0.5 * (abs(normal.x) * w + abs(normal.y) * font.size)
            let spots = [0.1, 0.9, 0.25, 0.75, 0.5, 0.04, 0.96]
            candidates.append([1.0, -1.0].flatMap { side in
                spots.map { t -> TextNode in
                    let p = Point(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y))
                    return TextNode(name, at: Point(p.x + side * offset * normal.x, p.y + side * offset * normal.y), font: font,
                                    color: theme.text, anchor: .middle, baseline: .middle, info: NodeInfo(classes: ["unit-label"]))
                }
            })
        }
        let choices = LabelPlacer.place(candidates.map { $0.map { TextMetrics.bounds(of: $0).insetBy(-1) } },
                                        padding: 1, bounds: plane.frame.insetBy(2))
        return zip(candidates, choices).compactMap { options, c in c.map { options[$0] } }
    }

    /// A label with a translucent background box so it reads over fills and lines.
    static func haloed(_ node: TextNode, theme: FigureTheme) -> [Node] {
        let box = TextMetrics.bounds(of: node).insetBy(-1.5)
        return [.path(PathNode(path: .rect(box), fill: theme.background.withAlpha(0.8))), .text(node)]
    }
}
