import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// `regions`: the exact linear regions of a piecewise-linear net. 2-D: polygons coloured by a hash of their
/// activation pattern (stable across snapshots), the pattern written inside regions that can hold it, each
/// first-layer unit's line labelled hⱼ with ticks on its active side (z > 0; z ≥ 0 for step units), deeper
/// units' bent boundaries thinner, the data on top. 1-D: see `RegionsFigure1D`. Past the region limit the
/// map is sampled on a grid and says so. With training snapshots, a side panel shows the count over training.
enum RegionsFigure {
    static let mapSize = 400.0
    static let margin = (left: 64.0, top: 44.0, right: 24.0, bottom: 56.0)

    static func build(_ context: FigureContext) -> FigureOutcome {
        switch context.current.regions {
        case .unavailable(let reason): return .skipped(reason: reason)
        case .oneD(let r): return RegionsFigure1D.build(r, context)
        case .twoD(let r): return build2D(r, context)
        case .sampled(let s, let limit): return buildSampled(s, limit: limit, context)
        }
    }

    static func build2D(_ r: Regions2D, _ context: FigureContext) -> FigureOutcome {
        let net = context.network, theme = context.theme
        let plane = InputPlane(domain: r.domain, origin: Point(margin.left, margin.top), size: mapSize)
        let counts = RegionCounts(r, network: net)
        var nodes = plane.decoration(net, theme: theme)
        nodes.append(.group(GroupNode(regionNodes(r, net: net, plane: plane), info: NodeInfo(classes: ["regions"]))))
        let lines = RegionLines(network: net, regions: r, plane: plane, theme: theme)
        nodes += lines.boundaryNodes()
        let labels = lines.labelNodes()
        let labelRects = labels.map(TextMetrics.bounds(of:))
        nodes += patternLabels(r, net: net, plane: plane, theme: theme,
                               avoid: labelRects + DataMarks.rects2D(context.model, plane: plane))
        nodes += DataMarks.nodes2D(context.model, plane: plane, theme: theme)
        nodes.append(plane.frameOutline(theme: theme))
        nodes += labels.flatMap { RegionLines.haloed($0, theme: theme) }
        let headline = "\(RegionBoundText.count(counts.count, network: net)), \(plural(counts.patterns, "pattern")), " +
            plural(counts.linearPieces, "linear piece")
        nodes.append(title(headline, at: Point(plane.frame.minX, plane.frame.minY - 16), theme: theme))
        var width = plane.frame.maxX + margin.right
        let side = legend(context, lines: lines, theme: theme)
        let legendOrigin = Point(width + 8, plane.frame.minY)
        let legendSize = side.size(theme: theme)
        nodes += side.nodes(at: legendOrigin, theme: theme)
        width = legendOrigin.x + legendSize.width + margin.right
        var height = plane.frame.maxY + margin.bottom
        var trainingText = ""
        if let panel = RegionCountPanel(context) {
            let cell = Rect(x: legendOrigin.x, y: legendOrigin.y + legendSize.height + 24, width: 300, height: 220)
            nodes += panel.nodes(cell: cell, theme: theme)
            width = max(width, cell.maxX + margin.right)
            height = max(height, cell.maxY + 8)
            trainingText = " " + panel.sentence
        }
        let alt = "Map of the \(counts.count) linear regions of \(context.model.name) over \(domainText(r.domain)): " +
            "each convex region is coloured by its activation pattern (hidden units on = 1), with first-layer unit lines " +
            "and deeper units' bent boundaries drawn.\(trainingText)"
        let scene = Scene(width: width, height: height, title: "Linear regions of \(context.model.name)", description: alt,
                          background: theme.background, nodes: nodes)
        let caption = "\(RegionBoundText.count(counts.count, network: net)): each colour is one activation pattern " +
            "(hidden units layer by layer, | between layers; 1 = on). Thick lines are first-layer units hⱼ = 0" +
            (lines.showsTicks ? ", with ticks on the side where the unit is on" : "") + "; thin lines are deeper units' bent boundaries." +
            (PatternText.bitLayers(net).isEmpty ? " Identity hidden units never switch: the whole box is one linear region." : "") +
            trainingText
        return .figure(Figure(name: .regions, scene: scene, caption: caption, altText: alt))
    }

    /// One filled polygon per region (class "region"), outlined in its own colour to hide anti-aliasing seams.
    static func regionNodes(_ r: Regions2D, net: Network, plane: InputPlane) -> [Node] {
        (0..<r.regionCount).map { i in
            let pattern = r.pattern(of: i)
            let color = PatternColors.color(forPattern: pattern)
            let tip = "pattern \(PatternText.label(pattern, network: net)), area \(LabelFormat.short(r.areas[i]))"
            return .path(PathNode(path: plane.path(r.polygon(of: i)), fill: color, stroke: Stroke(color: color, width: 0.6, join: .round),
                                  info: NodeInfo(id: "region-\(i)", classes: ["region"], tooltip: tip)))
        }
    }

    /// The pattern written at the centroid of every region whose polygon holds the text (10, else 8 units).
    static func patternLabels(_ r: Regions2D, net: Network, plane: InputPlane, theme: FigureTheme, avoid: [Rect]) -> [Node] {
        guard PatternText.bitLayers(net).count > 0 else { return [] }
        var nodes: [Node] = []
        var taken = avoid
        for i in 0..<r.regionCount {
            let poly = r.polygon(of: i).map(plane.point)
            let centre = plane.point(ConvexCut.centroid(r.polygon(of: i)))
            let text = PatternText.label(r.pattern(of: i), network: net)
            let spots = [Point(0, 0), Point(0, -12), Point(0, 12), Point(-22, 0), Point(22, 0), Point(0, -24), Point(0, 24)]
            search: for size in [11.0, 9.0] {
                for d in spots {
                    let node = TextNode(text, at: Point(centre.x + d.x, centre.y + d.y), font: theme.font(size), color: Color(hex: 0x1A1A1A),
                                        anchor: .middle, baseline: .middle, info: NodeInfo(classes: ["pattern-label"]))
                    let box = TextMetrics.bounds(of: node).insetBy(-2)
                    if ConvexCut.contains(poly, box) && !taken.contains(where: { $0.intersects(box) }) {
                        nodes.append(.text(node))
                        taken.append(box)
                        break search
                    }
                }
            }
        }
        return nodes
    }

    /// "1 pattern", "3 patterns".
    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    static func title(_ text: String, at p: Point, theme: FigureTheme) -> Node {
        .text(TextNode(text, at: p, font: theme.font(13, bold: true), color: theme.text, baseline: .middle))
    }

    static func domainText(_ d: [ClosedRange<Double>]) -> String {
        d.map { "[\(LabelFormat.short($0.lowerBound)), \(LabelFormat.short($0.upperBound))]" }.joined(separator: " × ")
    }

    static func legend(_ context: FigureContext, lines: RegionLines, theme: FigureTheme) -> MarkLegend {
        var entries: [MarkLegend.Entry] = []
        if lines.hasFirstLayerLines {
            entries.append(.init(label: "first-layer unit hⱼ = 0", mark: .line(lines.firstStroke)))
            if lines.showsTicks { entries.append(.init(label: "ticks: side where hⱼ is on", mark: .ticks(lines.firstStroke))) }
        }
        if lines.hasDeeperBoundaries {
            entries.append(.init(label: "deeper unit's bent boundary", mark: .line(lines.deepStroke)))
        }
        entries += MarkLegend.classEntries(context.model)
        return MarkLegend(entries: entries)
    }

    /// Sampled view: a raster of pattern colours, with a caption that says it is sampled.
    static func buildSampled(_ s: SampledPatterns, limit: Int, _ context: FigureContext) -> FigureOutcome {
        let net = context.network, theme = context.theme
        let plane = InputPlane(domain: s.domain, origin: Point(margin.left, margin.top), size: mapSize)
        var nodes = plane.decoration(net, theme: theme)
        nodes.append(.raster(patternRaster(s, frame: plane.frame)))
        nodes += DataMarks.nodes2D(context.model, plane: plane, theme: theme)
        nodes.append(plane.frameOutline(theme: theme))
        let headline = "More than \(limit) regions: sampled, \(s.distinctPatterns) patterns seen"
        nodes.append(title(headline, at: Point(plane.frame.minX, plane.frame.minY - 16), theme: theme))
        let alt = "Sampled activation patterns of \(context.model.name) on a \(s.columns) × \(s.rows) grid: the exact " +
            "enumeration stopped at \(limit) regions; \(s.distinctPatterns) distinct patterns were seen."
        let scene = Scene(width: plane.frame.maxX + margin.right, height: plane.frame.maxY + margin.bottom,
                          title: "Linear regions of \(context.model.name) (sampled)", description: alt,
                          background: theme.background, nodes: nodes)
        let caption = "Sampled, not exact: the network has more than \(limit) linear regions, so the activation pattern " +
            "was evaluated at the centres of a \(s.columns) × \(s.rows) grid (\(s.distinctPatterns) distinct patterns seen, " +
            "a lower bound; the architecture allows up to \(RegionBoundText.bound(net)))."
        return .figure(Figure(name: .regions, scene: scene, caption: caption, altText: alt))
    }

    /// The sampled pattern colours as pixels (row 0 of the raster is the top, i.e. the highest x2).
    static func patternRaster(_ s: SampledPatterns, frame: Rect) -> RasterNode {
        let colors = s.patterns.map { PatternColors.color(forPattern: $0).bytes }
        var rgba = [UInt8](repeating: 255, count: s.columns * s.rows * 4)
        for row in 0..<s.rows {
            for col in 0..<s.columns {
                let (r, g, b) = colors[Int(s.ids[(s.rows - 1 - row) * s.columns + col])]
                let o = (row * s.columns + col) * 4
                rgba[o] = r; rgba[o + 1] = g; rgba[o + 2] = b
            }
        }
        return RasterNode(pixelWidth: s.columns, pixelHeight: s.rows, rgba: rgba, frame: frame, pixelated: true,
                          info: NodeInfo(classes: ["sampled-regions"]))
    }
}
