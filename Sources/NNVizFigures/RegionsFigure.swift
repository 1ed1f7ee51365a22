import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// `regions`: the exact linear regions of a piecewise-linear net. 2-D: a `RegionMapPanel` (polygons coloured
/// by a hash of their activation pattern, the pattern written where it fits, first-layer lines labelled hⱼ with
/// ticks on their active side, deeper units' bent boundaries thinner, the data on top) with its legend beside
/// or below; 1-D: see `RegionsFigure1D`. Past the region limit the map is sampled on a grid and says so. With
/// training snapshots, a panel shows the count over training. Nets whose hidden units have no on/off bit
/// (identity hidden layers, or none) are skipped: their whole box is one linear region (see `collapse`).
enum RegionsFigure {
    static func build(_ context: FigureContext) -> FigureOutcome {
        if case .unavailable(let reason) = context.current.regions { return .skipped(reason: reason) }
        if let reason = skipReason(context.network) { return .skipped(reason: reason) }
        switch context.current.regions {
        case .unavailable(let reason): return .skipped(reason: reason)
        case .oneD(let r): return RegionsFigure1D.build(r, context)
        case .twoD(let r): return build2D(r, context)
        case .sampled(let s, let limit): return buildSampled(s, limit: limit, context)
        }
    }

    /// Why a network has nothing to map: no hidden layer, or no hidden unit with an on/off bit.
    static func skipReason(_ net: Network) -> String? {
        guard (1...2).contains(net.inputCount) else { return nil }
        if net.layers.count < 2 {
            return "the model has no hidden layer, so its output is one affine map over the whole input: there is one region."
        }
        if net.hiddenLayers.allSatisfy({ $0.activation == .identity }) {
            return "every hidden layer is identity, so nothing switches and the whole input is one linear region; " +
                "the collapse figure shows such a net as one linear model."
        }
        return nil
    }

    static func build2D(_ r: Regions2D, _ context: FigureContext) -> FigureOutcome {
        let net = context.network, theme = context.theme
        let counts = RegionCounts(r, network: net)
        let map = RegionMapPanel(regions: r, network: net, model: context.model)
        let lines = RegionLines(network: net, regions: r, plane: InputPlane(domain: r.domain, origin: Point(0, 0), size: 1), theme: theme)
        let legend = RegionLegend.legend(context, lines: lines)
        let countPanel = RegionCountPanel(context)
        let side: any Panel = countPanel.map { VStack([legend, $0]) } ?? legend
        let body = BesideOrBelow(main: map, side: side, sideWidth: { t in max(legend.naturalWidth(t), countPanel == nil ? 0 : 150 * t.type.strokeScale) },
                                 minimumMainShare: 0.6)
        let headline = "\(RegionBoundText.count(counts.count, network: net)), \(plural(counts.patterns, "pattern")), " +
            plural(counts.linearPieces, "linear piece")
        let root = VStack([TextPanel(text: headline, role: .title), body])
        let trainingText = countPanel.map { " " + $0.sentence } ?? ""
        let alt = "Map of the \(plural(counts.count, "linear region")) of \(context.model.name) over \(domainText(r.domain)): " +
            "each convex region is coloured by its activation pattern (hidden units on = 1)" +
            (lines.hasFirstLayerLines ? ", with the first-layer units' lines" : "") +
            (lines.hasDeeperBoundaries ? " and deeper units' bent boundaries" : "") + "." + trainingText
        let scene = FigureCanvas.scene(root, theme: theme, title: "Linear regions of \(context.model.name)", description: alt)
        let report = map.sink.report  // filled by the one layout of the map above
        let caption = RegionCaption.sentence(r, counts: counts, network: net) + RegionCaption.pieces(counts) +
            " Each colour is one activation pattern (1 = unit on, | between layers)" +
            labelSentence(report, regions: counts.count) + trainingText +
            (r.regionCount > RegionMapPanel.vectorRegionLimit
                ? " With more than \(LabelFormat.grouped(RegionMapPanel.vectorRegionLimit)) regions the exact polygons are painted " +
                  "into one image (each pixel shows the region the exact analysis puts at its centre) instead of one shape each."
                : "") + SliceMarks.sentence(context.model)
        return .figure(Figure(name: .regions, scene: scene, caption: caption, altText: alt))
    }

    /// What the labels could not show: ", written in 5 of 7 regions (the others are too small); no room for the label of h₃."
    static func labelSentence(_ report: RegionMapPanel.LabelReport, regions: Int) -> String {
        var s = report.labelledRegions >= regions ? ", written in every region." :
            report.labelledRegions == 0 ? "; the regions are too small to hold their patterns (each region's tooltip has it)." :
            ", written in \(report.labelledRegions) of \(LabelFormat.grouped(regions)) regions (the others are too small)."
        let dropped = report.droppedLines
        if dropped.count > 4 {
            s += " \(dropped.count) of the line labels are left out where they would overlap (each line's tooltip names its unit)."
        } else if !dropped.isEmpty {
            s += " No room for the label\(dropped.count == 1 ? "" : "s") of \(RegionCaption.list(dropped))."
        }
        return s
    }

    /// "1 pattern", "3 patterns".
    static func plural(_ n: Int, _ word: String) -> String { RegionCaption.plural(n, word) }

    static func domainText(_ d: [ClosedRange<Double>]) -> String {
        d.map { "[\(LabelFormat.short($0.lowerBound)), \(LabelFormat.short($0.upperBound))]" }.joined(separator: " × ")
    }

    /// Sampled view: a raster of pattern colours, with a title and caption that say it is sampled.
    static func buildSampled(_ s: SampledPatterns, limit: Int, _ context: FigureContext) -> FigureOutcome {
        let net = context.network, theme = context.theme
        let map = InputPlanePanel(domain: s.domain, xLabel: Notation.input(0, names: net.inputNames),
                                  yLabel: Notation.input(1, names: net.inputNames), info: NodeInfo(classes: ["region-map", "sampled"])) { plane, theme in
            [.raster(patternRaster(s, frame: plane.frame))] + DataMarks.nodes2D(context.model, plane: plane, theme: theme, test: true)
        }
        let legend = MarkLegend(entries: MarkLegend.classEntries(context.model, test: true))
        let headline = "More than \(LabelFormat.grouped(limit)) regions: sampled, \(plural(s.distinctPatterns, "pattern")) seen"
        let root = VStack([TextPanel(text: headline, role: .title),
                           BesideOrBelow(main: map, side: legend, sideWidth: { legend.naturalWidth($0) }, minimumMainShare: 0.6)])
        let alt = "Sampled activation patterns of \(context.model.name) on a \(s.columns) × \(s.rows) grid: the exact " +
            "enumeration stopped at \(LabelFormat.grouped(limit)) regions; \(LabelFormat.grouped(s.distinctPatterns)) distinct patterns were seen."
        let scene = FigureCanvas.scene(root, theme: theme, title: "Linear regions of \(context.model.name) (sampled)", description: alt)
        let caption = "Sampled, not exact: the network has more than \(LabelFormat.grouped(limit)) linear regions, so the activation " +
            "pattern was evaluated at the centres of a \(s.columns) × \(s.rows) grid (\(plural(s.distinctPatterns, "distinct pattern")) " +
            "seen, a lower bound; the architecture allows up to \(RegionBoundText.boundText(net)))."
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

/// The legend of the 2-D region map, in the course notation: the line of first-layer unit j is zⱼ = 0.
enum RegionLegend {
    /// "z₁" (one hidden layer) or "z₁⁽¹⁾" (deeper nets) for first-layer unit j; "zⱼ" / "zⱼ⁽¹⁾" for j = nil.
    static func zName(_ j: Int?, network: Network) -> String {
        let index = j.map { Notation.sub($0 + 1) } ?? "ⱼ"
        return "z" + index + (network.layers.count > 2 ? "⁽¹⁾" : "")
    }

    static func hName(network: Network) -> String { "h" + "ⱼ" + (network.layers.count > 2 ? "⁽¹⁾" : "") }

    static func legend(_ context: FigureContext, lines: RegionLines) -> MarkLegend {
        let net = context.network
        var entries: [MarkLegend.Entry] = []
        if lines.hasFirstLayerLines {
            entries.append(.init(label: "line \(zName(nil, network: net)) = 0 of unit \(hName(network: net))", mark: .line(lines.firstStroke)))
            if lines.showsTicks {
                let on = net.hiddenLayers.first?.activation == .step ? "≥" : ">"
                entries.append(.init(label: "ticks: \(hName(network: net)) on (\(zName(nil, network: net)) \(on) 0)", mark: .ticks(lines.firstStroke)))
            }
        }
        if lines.hasDeeperBoundaries {
            entries.append(.init(label: "deeper unit switches (bent)", mark: .line(lines.deepStroke)))
        }
        entries += MarkLegend.classEntries(context.model, test: true)
        return MarkLegend(entries: entries)
    }
}
