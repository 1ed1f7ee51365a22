import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// `surface` for softmax outputs: each region cut exactly into the cells where one class has the largest
/// logit, filled with that class's colour, lighter where the softmax confidence (at the cell's centroid)
/// is lower; the decision boundary bold.
enum SurfaceClasses {
    static func build(_ r: Regions2D, _ context: FigureContext) -> FigureOutcome {
        let net = context.network, theme = context.theme
        let plane = InputPlane(domain: r.domain, origin: Point(RegionsFigure.margin.left, RegionsFigure.margin.top),
                               size: RegionsFigure.mapSize)
        let k = r.outputCount
        var cells: [Node] = []
        for i in 0..<r.regionCount {
            let maps = (0..<k).map { r.outputMap(i, $0) }
            for c in 0..<k {
                var cell = r.polygon(of: i)
                for m in 0..<k where m != c && cell.count >= 3 {
                    cell = ConvexCut.clip(cell, keep: AffineMap2(a1: maps[c].a1 - maps[m].a1, a2: maps[c].a2 - maps[m].a2, c: maps[c].c - maps[m].c))
                }
                guard cell.count >= 3, abs(ConvexCut.area(cell)) > 1e-12 * abs(ConvexCut.area(plane.box)) else { continue }
                let centre = ConvexCut.centroid(cell)
                let confidence = Activation.softmax(maps.map { $0(centre) })[c]
                cells += cellNodes(cell.map(plane.point), classIndex: c, confidence: confidence, classes: k, theme: theme)
            }
        }
        var nodes = plane.decoration(net, theme: theme)
        nodes.append(.group(GroupNode(cells, info: NodeInfo(classes: ["bands"]))))
        nodes += SurfaceFigure.boundary(r.decisionBoundary, plane: plane, theme: theme)
        nodes += DataMarks.nodes2D(context.model, plane: plane, theme: theme)
        nodes.append(plane.frameOutline(theme: theme))
        let legend = MarkLegend(entries: (0..<k).map { .init(label: "predicted class \($0)", mark: .swatch(classFill($0, t: 0.8))) } +
                                [.init(label: "lighter: less confident", mark: .swatch(classFill(0, t: 0.15)))])
        nodes += legend.nodes(at: Point(plane.frame.maxX + 16, plane.frame.minY), theme: theme)
        nodes.append(RegionsFigure.title("Predicted class and confidence, exact on \(r.regionCount) regions",
                                         at: Point(plane.frame.minX, plane.frame.minY - 16), theme: theme))
        let alt = "The predicted class of \(context.model.name) over \(RegionsFigure.domainText(r.domain)), each class in its colour, " +
            "lighter where the softmax probability is lower, with the decision boundary drawn bold."
        let scene = Scene(width: plane.frame.maxX + 16 + legend.size(theme: theme).width + 16, height: plane.frame.maxY + RegionsFigure.margin.bottom,
                          title: "Output surface of \(context.model.name)", description: alt, background: theme.background, nodes: nodes)
        let caption = "Predicted class (softmax argmax), exact: inside each linear region the class cells are cut by the lines " +
            "zₖ = zₘ; colour strength shows the winning probability at each cell's centre; the bold line is the decision boundary." +
            (theme.hatchesAreas ? " Each class also has its own hatching." : "")
        return .figure(Figure(name: .surface, scene: scene, caption: caption, altText: alt))
    }

    /// The class colour mixed with white: t = 0 white, t = 1 the full class colour.
    static func classFill(_ c: Int, t: Double) -> Color {
        let base = CategoricalPalette.classColor(c)
        let a = 0.15 + 0.65 * max(0, min(1, t))
        return Color(red: 1 + (base.red - 1) * a, green: 1 + (base.green - 1) * a, blue: 1 + (base.blue - 1) * a)
    }

    static func cellNodes(_ canvas: [Point], classIndex c: Int, confidence: Double, classes k: Int, theme: FigureTheme) -> [Node] {
        let t = (confidence - 1 / Double(k)) / (1 - 1 / Double(k))
        let fill = classFill(c, t: t)
        var nodes: [Node] = [.path(PathNode(path: .polygon(canvas), fill: fill, stroke: Stroke(color: fill, width: 0.6, join: .round),
                                            info: NodeInfo(classes: ["band", "class-\(c)"],
                                                           tooltip: "class \(c), p = \(LabelFormat.short(confidence, digits: 2))")))]
        let hatch = HatchPattern.forClass(c)
        if theme.hatchesAreas && hatch != .none {
            nodes.append(.path(PathNode(path: Hatching.lines(in: canvas, pattern: hatch, spacing: 7), stroke: Stroke(color: Color(hex: 0x303030), width: 0.6))))
        }
        return nodes
    }
}

/// `surface` sampled on a grid: for smooth hidden units (or past the region limit), the output is evaluated at
/// the centres of a 160 × 160 grid and drawn as a raster; the caption says it is sampled.
enum SurfaceSampled {
    static let size = 160

    static func build(_ context: FigureContext) -> FigureOutcome {
        let net = context.network, theme = context.theme, domain = context.model.domain
        let plane = InputPlane(domain: domain, origin: Point(RegionsFigure.margin.left, RegionsFigure.margin.top), size: RegionsFigure.mapSize)
        var points: [[Double]] = []
        for row in 0..<size {
            let y = domain[1].upperBound - (Double(row) + 0.5) / Double(size) * (domain[1].upperBound - domain[1].lowerBound)
            for col in 0..<size {
                points.append([domain[0].lowerBound + (Double(col) + 0.5) / Double(size) * (domain[0].upperBound - domain[0].lowerBound), y])
            }
        }
        let logits = net.forward(Matrix(points)).outputLogits
        let zs = (0..<logits.rows).map { logits[$0, 0] }
        let scale = SurfaceScale(activation: net.outputActivation, zRange: (zs.min() ?? 0, zs.max() ?? 0))
        var rgba = [UInt8](repeating: 255, count: size * size * 4)
        for i in 0..<logits.rows {
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
        var nodes = plane.decoration(net, theme: theme)
        nodes.append(.raster(RasterNode(pixelWidth: size, pixelHeight: size, rgba: rgba, frame: plane.frame, info: NodeInfo(classes: ["sampled-surface"]))))
        nodes += DataMarks.nodes2D(context.model, plane: plane, theme: theme)
        nodes.append(plane.frameOutline(theme: theme))
        var width = plane.frame.maxX + 24
        if net.outputActivation != .softmax {
            let bar = ColorBar(scale: scale, frame: Rect(x: plane.frame.maxX + 24, y: plane.frame.minY, width: 16, height: plane.frame.height))
            nodes += bar.nodes(theme: theme)
            width = bar.frame.maxX + 90
        }
        nodes.append(RegionsFigure.title("Output over the input (sampled on a \(size) × \(size) grid)",
                                         at: Point(plane.frame.minX, plane.frame.minY - 16), theme: theme))
        let why = net.hasPiecewiseLinearHiddenUnits ? "the network has too many linear regions to enumerate" : "the hidden units are smooth"
        let alt = "The output of \(context.model.name) over \(RegionsFigure.domainText(domain)), sampled on a \(size) × \(size) grid."
        let scene = Scene(width: width, height: plane.frame.maxY + RegionsFigure.margin.bottom, title: "Output surface of \(context.model.name)",
                          description: alt, background: theme.background, nodes: nodes)
        let caption = "Sampled, not exact (\(why)): the output evaluated at the centres of a \(size) × \(size) grid" +
            (net.outputActivation == .softmax ? ", coloured by the predicted class, lighter where less confident." : ", coloured by \(scale.quantity).")
        return .figure(Figure(name: .surface, scene: scene, caption: caption, altText: alt))
    }
}
