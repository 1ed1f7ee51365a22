import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// The joints of a 1-D net (where the activation pattern changes) drawn on plots over x: dashed verticals,
/// labels naming the units that switch there (h₁, h₂… without overlapping), and the intervals between them
/// shaded by their activation pattern.
struct JointMarks {
    var joints: [(x: Double, names: String)]
    var regions: Regions1D
    var network: Network
    /// When set, shading uses only the first `prefixBits` pattern bits (the layers drawn so far), merging
    /// neighbouring intervals that agree on them.
    var prefixBits: Int?

    init(network: Network, regions: Regions1D) {
        self.network = network
        self.regions = regions
        let tol = 1e-9 * (regions.domain.upperBound - regions.domain.lowerBound)
        joints = regions.joints.map { j in
            var units: [(Int, Int)] = [(j.layer, j.unit)]
            if let first = network.hiddenLayers.first, first.activation.contributesPatternBits {
                for u in 0..<first.units where first.weights[u, 0] != 0 && !(j.layer == 0 && j.unit == u) {
                    if abs(-first.biases[u] / first.weights[u, 0] - j.x) <= tol { units.append((0, u)) }
                }
            }
            units.sort { $0 < $1 }
            return (j.x, units.map { Notation.unit(layer: $0.0, $0.1, network: network) }.joined(separator: ","))
        }
    }

    var dashStroke: Stroke { Stroke(color: Color(hex: 0x555555), width: 1, dash: [4, 3]) }

    /// Dashed verticals at the joints across `axes`' frame.
    func lines(_ axes: Axes) -> [Node] {
        joints.map { j in
            let x = axes.x.map(j.x)
            return .path(PathNode(path: .line(Point(x, axes.frame.minY), Point(x, axes.frame.maxY)), stroke: dashStroke,
                                  info: NodeInfo(classes: ["joint"], tooltip: "joint of \(j.names) at x = \(LabelFormat.short(j.x))")))
        }
    }

    /// Labels above the frame top (`baseY` is the lowest row's baseline), stacked in up to `rows` rows so
    /// they never overlap; returns the nodes and the number of rows used.
    func labels(_ axes: Axes, baseY: Double, rows: Int = 3, theme: FigureTheme) -> (nodes: [Node], rows: Int) {
        let font = theme.font(10, bold: true)
        let candidates: [[TextNode]] = joints.map { j in
            (0..<rows).map { row in
                TextNode(j.names, at: Point(axes.x.map(j.x), baseY - Double(row) * 16), font: font, color: theme.text,
                         anchor: .middle, baseline: .alphabetic, info: NodeInfo(classes: ["joint-label"]))
            }
        }
        let choice = LabelPlacer.place(candidates.map { $0.map { TextMetrics.bounds(of: $0).insetBy(-1) } }, padding: 1)
        var used = 0
        var nodes: [Node] = []
        for (options, c) in zip(candidates, choice) {
            guard let c else { continue }
            used = max(used, c + 1)
            nodes.append(.text(options[c]))
        }
        return (nodes, used)
    }

    /// One translucent rectangle per interval (per run of equal prefix bits when `prefixBits` is set),
    /// coloured by its pattern (class "interval").
    func shading(_ axes: Axes, opacity: Double = 0.55) -> [Node] {
        var runs: [(lo: Double, hi: Double, pattern: [Bool])] = []
        for iv in regions.intervals {
            let bits = prefixBits.map { Array(iv.pattern.prefix($0)) } ?? iv.pattern
            if let last = runs.last, last.pattern == bits, prefixBits != nil { runs[runs.count - 1].hi = iv.hi } else { runs.append((iv.lo, iv.hi, bits)) }
        }
        return runs.map { run in
            let x0 = axes.x.map(run.lo), x1 = axes.x.map(run.hi)
            let label = PatternText.label(run.pattern, network: network)
            return .path(PathNode(path: .rect(Rect(x: x0, y: axes.frame.minY, width: x1 - x0, height: axes.frame.height)),
                                  fill: PatternColors.color(forPattern: run.pattern).withAlpha(opacity),
                                  info: NodeInfo(classes: ["interval"], tooltip: "pattern \(label)")))
        }
    }

    /// A strip of `height` under a plot: each interval filled with its pattern colour, the pattern written in it
    /// where it fits.
    func strip(_ axes: Axes, top: Double, height: Double, theme: FigureTheme) -> [Node] {
        var nodes: [Node] = []
        for iv in regions.intervals {
            let x0 = axes.x.map(iv.lo), x1 = axes.x.map(iv.hi)
            let label = PatternText.label(iv.pattern, network: network)
            nodes.append(.path(PathNode(path: .rect(Rect(x: x0, y: top, width: x1 - x0, height: height)),
                                        fill: PatternColors.color(forPattern: iv.pattern), stroke: Stroke(color: theme.background, width: 1),
                                        info: NodeInfo(classes: ["region", "interval"], tooltip: "pattern \(label)"))))
            for size in [11.0, 9.0, 7.0] where TextMetrics.width(of: label, font: theme.font(size)) + 4 <= x1 - x0 {
                nodes.append(.text(TextNode(label, at: Point((x0 + x1) / 2, top + height / 2), font: theme.font(size),
                                            color: Color(hex: 0x1A1A1A), anchor: .middle, baseline: .middle,
                                            info: NodeInfo(classes: ["pattern-label"]))))
                break
            }
        }
        nodes.append(.path(PathNode(path: .rect(Rect(x: axes.frame.minX, y: top, width: axes.frame.width, height: height)),
                                    stroke: Stroke(color: theme.axis, width: 1))))
        return nodes
    }
}
