import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// `surface` for softmax outputs: each region cut exactly into the cells where one class has the largest
/// logit, filled with that class's colour, lighter where the softmax confidence (at the cell's centroid)
/// is lower; the decision boundary bold.
enum SurfaceClasses {
    static func build(_ r: Regions2D, _ context: FigureContext) -> FigureOutcome {
        let theme = context.theme
        let k = r.outputCount
        let map = SurfaceFigure.mapPanel(context, domain: r.domain) { plane, theme in
            [.group(GroupNode(cells(r, network: context.network, plane: plane, theme: theme), info: NodeInfo(classes: ["bands"])))]
                + SurfaceFigure.boundary(r.decisionBoundary, plane: plane, theme: theme)
        }
        let legend = MarkLegend(entries: (0..<k).map { c in
            MarkLegend.Entry(label: "predicted class \(c)",
                             mark: theme.hatchesAreas ? .hatchedSwatch(classFill(c, t: 0.8), HatchPattern.forClass(c)) : .swatch(classFill(c, t: 0.8)))
        } + [.init(label: "lighter: less confident", mark: .swatch(classFill(0, t: 0.15)))])
        let headline = "Predicted class and confidence, exact on \(RegionCaption.plural(r.regionCount, "region"))"
        let alt = "The predicted class of \(context.model.name) over \(RegionsFigure.domainText(r.domain)), each class in its colour, " +
            "lighter where the softmax probability is lower, with the decision boundary drawn bold."
        let scene = FigureCanvas.scene(SurfaceFigure.layout(headline, map: map, side: legend, sideWidth: { legend.naturalWidth($0) }),
                                       theme: theme, title: "Output surface of \(context.model.name)", description: alt)
        let caption = "Predicted class (softmax argmax), exact: inside each linear region the class cells are cut by the lines " +
            "zₖ = zₘ; colour strength shows the winning probability at each cell's centre; the bold line is the decision boundary." +
            (theme.hatchesAreas ? " Each class also has its own hatching." : "") + SliceMarks.sentence(context.model)
        return .figure(Figure(name: .surface, scene: scene, caption: caption, altText: alt))
    }

    /// Each region cut into the cells where one class has the largest logit.
    static func cells(_ r: Regions2D, network: Network, plane: InputPlane, theme: FigureTheme) -> [Node] {
        let k = r.outputCount
        var cells: [Node] = []
        for i in 0..<r.regionCount {
            let maps = (0..<k).map { r.outputMap(i, $0) }
            let data = ["region": "\(i)", "pattern": PatternText.label(r.pattern(of: i), network: network)]
            for c in 0..<k {
                var cell = r.polygon(of: i)
                for m in 0..<k where m != c && cell.count >= 3 {
                    cell = ConvexCut.clip(cell, keep: AffineMap2(a1: maps[c].a1 - maps[m].a1, a2: maps[c].a2 - maps[m].a2, c: maps[c].c - maps[m].c))
                }
                guard cell.count >= 3, abs(ConvexCut.area(cell)) > 1e-12 * abs(ConvexCut.area(plane.box)) else { continue }
                let centre = ConvexCut.centroid(cell)
                let confidence = Activation.softmax(maps.map { $0(centre) })[c]
                cells += cellNodes(cell.map(plane.point), classIndex: c, confidence: confidence, classes: k, data: data, theme: theme)
            }
        }
        return cells
    }

    /// The class colour mixed with white: t = 0 white, t = 1 the full class colour.
    static func classFill(_ c: Int, t: Double) -> Color {
        let base = CategoricalPalette.classColor(c)
        let a = 0.15 + 0.65 * max(0, min(1, t))
        return Color(red: 1 + (base.red - 1) * a, green: 1 + (base.green - 1) * a, blue: 1 + (base.blue - 1) * a)
    }

    static func cellNodes(_ canvas: [Point], classIndex c: Int, confidence: Double, classes k: Int, data: [String: String] = [:],
                          theme: FigureTheme) -> [Node] {
        let t = (confidence - 1 / Double(k)) / (1 - 1 / Double(k))
        let fill = classFill(c, t: t)
        var nodes: [Node] = [.path(PathNode(path: .polygon(canvas), fill: fill, stroke: Stroke(color: fill, width: theme.stroke(0.6), join: .round),
                                            info: NodeInfo(classes: ["band", "class-\(c)"],
                                                           tooltip: "class \(c), p = \(LabelFormat.short(confidence, digits: 2))", data: data)))]
        let hatch = HatchPattern.forClass(c)
        if theme.hatchesAreas && hatch != .none {
            nodes.append(.path(PathNode(path: Hatching.lines(in: canvas, pattern: hatch, spacing: Hatching.spacing(theme)), stroke: Hatching.stroke(theme))))
        }
        return nodes
    }
}

/// `surface` sampled on a grid: for smooth hidden units (or past the region limit), the output read from the
/// analysis' field sample (every unit at the centres of a grid, one batched forward pass) and drawn as a raster;
/// the caption says it is sampled.
enum SurfaceSampled {
    static func build(_ context: FigureContext) -> FigureOutcome {
        let net = context.network, theme = context.theme, domain = context.model.domain
        guard let field = context.current.field, field.dimension == 2 else {
            return .skipped(reason: "the output surface needs a 2-D input and domain.")
        }
        let n = field.resolution
        guard let logits = field.pass.layers.last?.z else { return .skipped(reason: "the model has no layers.") }
        let zs = (0..<logits.rows).map { logits[$0, 0] }
        let scale = SurfaceScale(activation: net.outputActivation, zRange: (zs.min() ?? 0, zs.max() ?? 0))
        var rgba = [UInt8](repeating: 255, count: n * n * 4)
        for i in 0..<min(logits.rows, n * n) {
            let color: Color
            if net.outputActivation == .softmax {
                let p = Activation.softmax(logits.row(i))
                let c = p.indices.max { p[$0] < p[$1] } ?? 0
                color = SurfaceClasses.classFill(c, t: (p[c] - 1 / Double(p.count)) / (1 - 1 / Double(p.count)))
            } else {
                color = scale.color(display: scale.display(zs[i]))
            }
            (rgba[4 * i], rgba[4 * i + 1], rgba[4 * i + 2]) = color.bytes
        }
        let map = SurfaceFigure.mapPanel(context, domain: domain) { plane, _ in
            [.raster(RasterNode(pixelWidth: n, pixelHeight: n, rgba: rgba, frame: plane.frame, info: NodeInfo(classes: ["sampled-surface"])))]
        }
        let side: any Panel, sideWidth: (FigureTheme) -> Double
        if net.outputActivation == .softmax {
            let legend = MarkLegend(entries: (0..<net.outputCount).map { .init(label: "predicted class \($0)", mark: .swatch(SurfaceClasses.classFill($0, t: 0.8))) })
            side = legend
            sideWidth = { legend.naturalWidth($0) }
        } else {
            let bar = ColorBar(scale: scale, bottomInset: { map.margins($0).bottom })
            side = bar
            sideWidth = { bar.naturalWidth($0) }
        }
        let why = net.hasPiecewiseLinearHiddenUnits ? "the network has too many linear regions to enumerate" : "the hidden units are smooth"
        let alt = "The output of \(context.model.name) over \(RegionsFigure.domainText(domain)), sampled on a \(n) × \(n) grid."
        let scene = FigureCanvas.scene(SurfaceFigure.layout("Output over the input (sampled on a \(n) × \(n) grid)", map: map, side: side,
                                                            sideWidth: sideWidth),
                                       theme: theme, title: "Output surface of \(context.model.name)", description: alt)
        let caption = "Sampled, not exact (\(why)): the output evaluated at the centres of a \(n) × \(n) grid" +
            (net.outputActivation == .softmax ? ", coloured by the predicted class, lighter where less confident." : ", coloured by \(scale.quantity).")
        return .figure(Figure(name: .surface, scene: scene, caption: caption, altText: alt))
    }
}
