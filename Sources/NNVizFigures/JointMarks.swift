import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// The joints of a 1-D net (where the activation pattern changes) drawn on plots over x: dashed verticals,
/// labels naming the units that switch there (h₁, h₂… without overlapping), and the intervals between them
/// shaded by their activation pattern.
struct JointMarks {
    /// Each joint: its x, the names of the units that switch there ("h₂,h₃") and their `data-unit` ids ("1.2 1.3").
    var joints: [(x: Double, names: String, units: String)]
    var regions: Regions1D
    var network: Network
    /// When set, shading uses only the first `prefixBits` pattern bits (the layers drawn so far), merging
    /// neighbouring intervals that agree on them.
    var prefixBits: Int?
    /// False: `shading` draws nothing (panels about one unit, where the whole pattern is noise).
    var shade = true

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
            return (j.x, units.map { Notation.unit(layer: $0.0, $0.1, network: network) }.joined(separator: ","),
                    units.map { "\($0.0 + 1).\($0.1 + 1)" }.joined(separator: " "))
        }
    }

    /// Only the joints made by hidden layers up to `layer` (0-based), shading by those layers' bits.
    func upTo(layer: Int) -> JointMarks {
        var marks = self
        let kept = Set(regions.joints.enumerated().filter { $0.element.layer <= layer }.map(\.offset))
        marks.joints = joints.enumerated().filter { kept.contains($0.offset) }.map(\.element)
        marks.prefixBits = PatternText.bitLayers(network).filter { $0.layer <= layer }.reduce(0) { $0 + $1.units }
        return marks
    }

    /// Only the joints of hidden unit `id` ("l.j").
    func only(unit id: String) -> JointMarks {
        var marks = self
        marks.joints = joints.filter { $0.units.split(separator: " ").contains(Substring(id)) }
        return marks
    }

    func dashStroke(_ theme: FigureTheme) -> Stroke {
        Stroke(color: theme.mutedText, width: theme.stroke(1), dash: [4, 3].map { theme.stroke($0) })
    }

    /// Dashed verticals at the joints across `axes`' frame (each with the `data-unit` of the unit(s) switching).
    func lines(_ axes: Axes, theme: FigureTheme = .light) -> [Node] {
        joints.map { j in
            let x = axes.x.map(j.x)
            return .path(PathNode(path: .line(Point(x, axes.frame.minY), Point(x, axes.frame.maxY)), stroke: dashStroke(theme),
                                  info: NodeInfo(classes: ["joint"], tooltip: "joint of \(j.names) at x = \(LabelFormat.short(j.x))",
                                                 data: ["unit": j.units])))
        }
    }

    /// The height of one row of joint labels.
    static func labelRowHeight(_ theme: FigureTheme) -> Double { theme.type.lineHeight(.small) + 3 * theme.type.strokeScale }

    /// Labels above the frame top (`baseY` is the lowest row's baseline), stacked in up to `rows` rows so
    /// they never overlap; returns the nodes and the number of rows used.
    func labels(_ axes: Axes, baseY: Double, rows: Int = 3, theme: FigureTheme) -> (nodes: [Node], rows: Int) {
        let font = theme.font(.small, bold: true), step = Self.labelRowHeight(theme)
        let candidates: [[TextNode]] = joints.map { j in
            (0..<rows).map { row in
                TextNode(j.names, at: Point(axes.x.map(j.x), baseY - Double(row) * step), font: font, color: theme.text,
                         anchor: .middle, baseline: .alphabetic, info: NodeInfo(classes: ["joint-label"], data: ["unit": j.units]))
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
        guard shade else { return [] }
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
                                  info: NodeInfo(classes: ["interval"], tooltip: "pattern \(label)", data: ["pattern": label])))
        }
    }

    /// A strip of `height` under a plot: each interval filled with its pattern colour, the pattern written in it
    /// where it fits.
    func strip(_ axes: Axes, top: Double, height: Double, theme: FigureTheme) -> [Node] {
        var nodes: [Node] = []
        for (k, iv) in regions.intervals.enumerated() {
            let x0 = axes.x.map(iv.lo), x1 = axes.x.map(iv.hi)
            let label = PatternText.label(iv.pattern, network: network)
            let data = ["pattern": label, "region": "\(k)"]
            nodes.append(.path(PathNode(path: .rect(Rect(x: x0, y: top, width: x1 - x0, height: height)),
                                        fill: PatternColors.color(forPattern: iv.pattern), stroke: Stroke(color: theme.background, width: theme.stroke(1)),
                                        info: NodeInfo(classes: ["region", "interval"], tooltip: "pattern \(label)", data: data))))
            for role in [TextRole.label, .small] where TextMetrics.width(of: label, font: theme.font(role)) + 2 <= x1 - x0 {
                nodes.append(.text(TextNode(label, at: Point((x0 + x1) / 2, top + height / 2), font: theme.font(role),
                                            color: theme.text, anchor: .middle, baseline: .middle,
                                            info: NodeInfo(classes: ["pattern-label"], data: data))))
                break
            }
        }
        nodes.append(.path(PathNode(path: .rect(Rect(x: axes.frame.minX, y: top, width: axes.frame.width, height: height)),
                                    stroke: Stroke(color: theme.axis, width: theme.stroke(1)))))
        return nodes
    }
}
