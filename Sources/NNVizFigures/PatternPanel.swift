import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// One small panel of the `patterns` figure: where hidden unit (layer, unit) — pattern bit `bit` — is on, titled
/// with the unit's name (hⱼ, or hⱼ⁽ˡ⁾ in deep nets: the superscript is the layer) and a flag when it is dead or
/// always on. A `Panel`, so it serves small multiples and thumbnails; its group carries `data-unit="l.j"`.
struct PatternPanel: Panel {
    /// What the panel draws the on-set from.
    enum Source {
        case twoD(Regions2D)
        case oneD(Regions1D)
        /// The unit's z on the analysis' field grid (past the exact-panel limit or the region limit), with the
        /// exact switching segments when known.
        case field(FieldSample, boundaries: [UnitBoundary])
    }

    var network: Network
    var layer: Int
    var unit: Int
    var bit: Int
    var activity: UnitActivity
    var source: Source
    /// A thumbnail without ticks (many units): the panel is the whole domain, said once in the caption.
    var compact = false

    var name: String { Notation.unit(layer: layer, unit, network: network) }

    var title: String {
        name + (activity == .dead ? " · dead" : activity == .alwaysOn ? " · always on" : "")
    }

    var titlePanel: TextPanel {
        TextPanel(text: title, role: .label, info: NodeInfo(classes: activity == .switching ? ["unit-title"] : ["unit-title", "flagged"]))
    }

    /// The on-set fill: the positive colour mixed with white, lighter than any line.
    func onColor(_ theme: FigureTheme) -> Color {
        let p = theme.positive, a = 0.45
        return Color(red: 1 + (p.red - 1) * a, green: 1 + (p.green - 1) * a, blue: 1 + (p.blue - 1) * a)
    }

    var plot: any Panel {
        switch source {
        case .twoD(let r): return plane(r.domain) { nodes2D(r, plane: $0, theme: $1) }
        case .field(let f, let boundaries): return plane(f.domain) { nodesField(f, boundaries: boundaries, plane: $0, theme: $1) }
        case .oneD(let r):
            let f = UnitFunctions1D(network: network, regions: r)
            let curve = f.curve(f.u[layer][unit])
            let xDomain = (r.domain.lowerBound, r.domain.upperBound), yDomain = padded(curve.values + [0])
            guard !compact else {
                // A bare thumbnail: the frame only, as tall as 0.6 of its width.
                return DrawnPanel(fixedHeight: { w, _ in w * 0.6 }) { rect, theme in
                    let axes = Axes(frame: rect, xDomain: xDomain, yDomain: yDomain)
                    return nodes1D(r, curve: curve, axes: axes, theme: theme)
                        + [.path(PathNode(path: .rect(rect), stroke: Stroke(color: theme.axis, width: theme.stroke(1))))]
                }
            }
            return PlotPanel(xDomain: xDomain, yDomain: yDomain, xLabel: "", yLabel: "", xTicks: 3, yTicks: 2, aspect: 0.7) { axes, theme in
                nodes1D(r, curve: curve, axes: axes, theme: theme)
            }
        }
    }

    func plane(_ domain: [ClosedRange<Double>], content: @escaping (InputPlane, FigureTheme) -> [Node]) -> InputPlanePanel {
        InputPlanePanel(domain: domain, xLabel: "", yLabel: "", ticks: compact ? 0 : 2, content: content)
    }

    var body: VStack { VStack([titlePanel, plot], gap: 0) }

    func height(width: Double, theme: FigureTheme) -> Double { body.height(width: width, theme: theme) }

    func draw(in rect: Rect, theme: FigureTheme) -> [Node] {
        let state = activity == .switching ? "switching" : activity == .dead ? "dead" : "always-on"
        return [.group(GroupNode(body.draw(in: rect, theme: theme),
                                 info: NodeInfo(id: "unit-\(layer + 1)-\(unit + 1)", classes: ["panel", "unit-panel", state],
                                                data: ["unit": "\(layer + 1).\(unit + 1)"])))]
    }

    /// 2-D: the union of the regions where the bit is 1, and the unit's switching segments.
    func nodes2D(_ r: Regions2D, plane: InputPlane, theme: FigureTheme) -> [Node] {
        var on = Path()
        for i in 0..<r.regionCount where r.patternBit(i, bit) {
            on.elements += plane.path(r.polygon(of: i)).elements
        }
        var nodes: [Node] = []
        if !on.elements.isEmpty {
            let color = onColor(theme)
            nodes.append(.path(PathNode(path: on, fill: color, stroke: Stroke(color: color, width: theme.stroke(0.6), join: .round),
                                        info: NodeInfo(classes: ["on-set"]))))
        }
        return nodes + switchLine(r.unitBoundaries, plane: plane, theme: theme)
    }

    /// This unit's switching segments (its bent hyperplane), as one stroked path.
    func switchLine(_ boundaries: [UnitBoundary], plane: InputPlane, theme: FigureTheme) -> [Node] {
        var line = Path()
        for b in boundaries where b.layer == layer && b.unit == unit {
            for s in b.segments {
                line.move(to: plane.point(s.a))
                line.line(to: plane.point(s.b))
            }
        }
        return line.elements.isEmpty ? [] : [.path(PathNode(path: line, stroke: Stroke(color: theme.text, width: theme.stroke(1.3), cap: .round),
                                                            info: NodeInfo(classes: ["unit-boundary"], data: ["unit": "\(layer + 1).\(unit + 1)"])))]
    }

    /// 1-D: the unit's output hⱼ(x), the intervals where it is on shaded.
    func nodes1D(_ r: Regions1D, curve: PiecewiseCurve, axes: Axes, theme: FigureTheme) -> [Node] {
        var runs: [(Double, Double)] = []
        for iv in r.intervals where iv.pattern[bit] {
            if let last = runs.last, last.1 == iv.lo { runs[runs.count - 1].1 = iv.hi } else { runs.append((iv.lo, iv.hi)) }
        }
        let frame = axes.frame
        var nodes: [Node] = runs.map { lo, hi in
            let x0 = axes.x.map(lo), x1 = axes.x.map(hi)
            return .path(PathNode(path: .rect(Rect(x: x0, y: frame.minY, width: x1 - x0, height: frame.height)), fill: onColor(theme),
                                  info: NodeInfo(classes: ["on-set"])))
        }
        nodes += curve.nodes(axes, stroke: Stroke(color: theme.text, width: theme.stroke(1.6), join: .round), theme: theme) {
            network.forward(Matrix([[$0]])).layers[layer].u[0, unit]
        }
        return nodes
    }

    /// From the field sample: the pixels where the unit is on (z > 0; z ≥ 0 for step units), and the exact
    /// switching lines on top when the regions are exact.
    func nodesField(_ f: FieldSample, boundaries: [UnitBoundary], plane: InputPlane, theme: FigureTheme) -> [Node] {
        let n = f.resolution
        let z = f.z(layer: layer, unit: unit)
        let step = network.layers[layer].activation == .step
        var rgba = [UInt8](repeating: 255, count: n * n * 4)
        let (r, g, b) = onColor(theme).bytes
        for i in 0..<min(z.count, n * n) where step ? z[i] >= 0 : z[i] > 0 {
            rgba[4 * i] = r; rgba[4 * i + 1] = g; rgba[4 * i + 2] = b
        }
        return [.raster(RasterNode(pixelWidth: n, pixelHeight: n, rgba: rgba, frame: plane.frame, pixelated: true,
                                   info: NodeInfo(classes: ["on-set", "sampled"])))]
            + switchLine(boundaries, plane: plane, theme: theme)
    }
}
