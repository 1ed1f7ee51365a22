import Foundation
import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// The switching sets of hidden units on a 2-D map: each first-layer unit's straight line zⱼ = 0 (clipped to
/// the box, ticks on its active side, a label hⱼ), and deeper units' bent boundaries (exact segments from the
/// region analysis), thinner. Every line carries `data-unit="l.j"`.
struct RegionLines {
    var network: Network
    var regions: Regions2D
    var plane: InputPlane
    var theme: FigureTheme

    var firstStroke: Stroke { Stroke(color: theme.text, width: theme.stroke(1.6), cap: .round) }
    var deepStroke: Stroke { Stroke(color: theme.mutedText, width: theme.stroke(0.9), cap: .round, join: .round) }

    /// First-layer units whose line crosses the box, with the clipped segment (input coordinates).
    var firstLayerLines: [(unit: Int, segment: Segment, map: AffineMap2)] {
        Self.firstLayerLines(network, box: plane.box)
    }

    /// First-layer units (with an on/off bit) whose line z = 0 crosses `box`.
    static func firstLayerLines(_ network: Network, box: [Point2]) -> [(unit: Int, segment: Segment, map: AffineMap2)] {
        guard network.layers.count > 1, let layer = network.hiddenLayers.first, layer.activation.contributesPatternBits else { return [] }
        return (0..<layer.units).compactMap { j in
            let f = AffineMap2(a1: layer.weights[j, 0], a2: layer.weights[j, 1], c: layer.biases[j])
            return ConvexCut.segment(box, f).map { (j, $0, f) }
        }
    }

    var hasFirstLayerLines: Bool { !firstLayerLines.isEmpty }
    /// Active-side ticks only while they stay readable (at most 12 first-layer lines).
    var showsTicks: Bool { firstLayerLines.count <= 12 }
    var hasDeeperBoundaries: Bool { regions.unitBoundaries.contains { $0.layer > 0 && !$0.segments.isEmpty } }

    /// Every drawn line as canvas segments (obstacles for labels).
    var canvasSegments: [(Point, Point)] {
        regions.unitBoundaries.filter { $0.layer > 0 }.flatMap { $0.segments.map { (plane.point($0.a), plane.point($0.b)) } }
            + firstLayerLines.map { (plane.point($0.segment.a), plane.point($0.segment.b)) }
    }

    static func unitData(layer: Int, unit: Int) -> [String: String] { ["unit": "\(layer + 1).\(unit + 1)"] }

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
                                        info: NodeInfo(id: "unit-boundary-\(b.layer + 1)-\(b.unit + 1)", classes: ["unit-boundary"],
                                                       tooltip: "\(name) switches here (its z = 0)",
                                                       data: Self.unitData(layer: b.layer, unit: b.unit)))))
        }
        for line in firstLayerLines {
            let name = Notation.unit(layer: 0, line.unit, network: network)
            var path = Path.line(plane.point(line.segment.a), plane.point(line.segment.b))
            if showsTicks { path.elements += ticks(line.segment, line.map).elements }
            nodes.append(.path(PathNode(path: path, stroke: firstStroke,
                                        info: NodeInfo(id: "unit-line-1-\(line.unit + 1)", classes: ["unit-line"],
                                                       tooltip: "\(RegionLegend.zName(line.unit, network: network)) = 0: " +
                                                           "\(name) is on on the side of the ticks",
                                                       data: Self.unitData(layer: 0, unit: line.unit)))))
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

    var tickLength: Double { theme.type.tick * 0.6 }

    /// Short ticks along the segment on the active side, about 1.6 label heights apart.
    func ticks(_ s: Segment, _ f: AffineMap2) -> Path {
        let a = plane.point(s.a), b = plane.point(s.b)
        let length = hypot(b.x - a.x, b.y - a.y)
        let n = Int(length / (theme.type.label * 1.6))
        guard n >= 1 else { return Path() }
        let normal = activeNormal(f)
        var path = Path()
        for k in 0..<n {
            let t = (Double(k) + 0.5) / Double(n)
            let p = Point(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y))
            path.move(to: p)
            path.line(to: Point(p.x + tickLength * normal.x, p.y + tickLength * normal.y))
        }
        return path
    }

    /// Labels hⱼ beside each first-layer line, on its active side first, placed by `LabelPlacer` so that no
    /// label overlaps another, an obstacle (data markers), any drawn line or the frame; a line with no free
    /// spot gets no label (`dropped` names it, for the caption).
    func labelNodes(obstacles: [Rect]) -> (nodes: [TextNode], dropped: [String]) {
        let font = theme.font(.label, bold: true)
        let segments = canvasSegments
        var candidates: [[TextNode]] = []
        for line in firstLayerLines {
            let name = Notation.unit(layer: 0, line.unit, network: network)
            let a = plane.point(line.segment.a), b = plane.point(line.segment.b)
            let normal = activeNormal(line.map)
            let w = TextMetrics.width(of: name, font: font)
            let offset = tickLength + theme.type.pad * 0.5 + 0.5 * (abs(normal.x) * w + abs(normal.y) * font.size * 1.2)
            let spots = [0.1, 0.9, 0.25, 0.75, 0.5, 0.04, 0.96, 0.17, 0.83, 0.36, 0.64]
            let options = [1.0, -1.0].flatMap { side in
                spots.map { t -> TextNode in
                    let p = Point(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y))
                    return TextNode(name, at: Point(p.x + side * offset * normal.x, p.y + side * offset * normal.y), font: font,
                                    color: theme.text, anchor: .middle, baseline: .middle,
                                    info: NodeInfo(classes: ["unit-label"], data: Self.unitData(layer: 0, unit: line.unit)))
                }
            }
            candidates.append(options.filter { node in
                let box = TextMetrics.bounds(of: node)
                return !segments.contains { Self.segment($0.0, $0.1, crosses: box) }
            })
        }
        let choices = LabelPlacer.place(candidates.map { $0.map { TextMetrics.bounds(of: $0).insetBy(-1) } }, obstacles: obstacles,
                                        padding: 1, bounds: plane.frame.insetBy(2))
        var nodes: [TextNode] = [], dropped: [String] = []
        for (i, (options, c)) in zip(candidates, choices).enumerated() {
            if let c { nodes.append(options[c]) } else { dropped.append(Notation.unit(layer: 0, firstLayerLines[i].unit, network: network)) }
        }
        return (nodes, dropped)
    }

    /// True when the segment ab passes through `rect` (Liang–Barsky).
    static func segment(_ a: Point, _ b: Point, crosses rect: Rect) -> Bool {
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        for (p, q) in [(-dx, a.x - rect.minX), (dx, rect.maxX - a.x), (-dy, a.y - rect.minY), (dy, rect.maxY - a.y)] {
            if p == 0 {
                if q < 0 { return false }
                continue
            }
            let t = q / p
            if p < 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
            if t0 > t1 { return false }
        }
        return true
    }

    /// A label with a translucent background box so it reads over fills and lines.
    static func haloed(_ node: TextNode, theme: FigureTheme) -> [Node] {
        let box = TextMetrics.bounds(of: node).insetBy(-1.5)
        return [.path(PathNode(path: .rect(box), fill: theme.background.withAlpha(0.8))), .text(node)]
    }
}
