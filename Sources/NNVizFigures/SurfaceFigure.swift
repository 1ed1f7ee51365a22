import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// `surface`: the output over the 2-D input. Piecewise-linear nets exactly: every region's output is affine,
/// so each region is cut at the contour levels into convex bands (filled by the level's colour), each
/// contour is one segment per region, and the decision boundary (exact segments of the analysis) is bold.
/// Softmax: each region cut into the cells where one class wins, in the class colour, lighter where less
/// confident. Smooth hidden units (or too many regions): the output sampled on a grid, said in the caption.
enum SurfaceFigure {
    static let margin = RegionsFigure.margin

    static func build(_ context: FigureContext) -> FigureOutcome {
        let net = context.network
        guard net.inputCount == 2 else {
            return .skipped(reason: "the output surface needs a 2-D input; this model has \(net.inputCount) input\(net.inputCount == 1 ? "" : "s").")
        }
        guard context.model.domain.count == 2 else { return .skipped(reason: "the model has no 2-D domain.") }
        if net.hasPiecewiseLinearHiddenUnits, case .twoD(let r) = context.current.regions {
            return net.outputActivation == .softmax ? SurfaceClasses.build(r, context) : buildExact(r, context)
        }
        return SurfaceSampled.build(context)
    }

    static func buildExact(_ r: Regions2D, _ context: FigureContext) -> FigureOutcome {
        let net = context.network, theme = context.theme
        let plane = InputPlane(domain: r.domain, origin: Point(margin.left, margin.top), size: RegionsFigure.mapSize)
        let values = r.vertices.isEmpty ? [0.0] : (0..<r.regionCount).flatMap { i in r.polygon(of: i).map { r.outputMap(i, 0)($0) } }
        let scale = SurfaceScale(activation: net.outputActivation, zRange: (values.min() ?? 0, values.max() ?? 0))
        var nodes = plane.decoration(net, theme: theme)
        nodes.append(.group(GroupNode(bands(r, scale: scale, plane: plane, theme: theme), info: NodeInfo(classes: ["bands"]))))
        nodes.append(.group(GroupNode(contours(r, scale: scale, plane: plane, theme: theme), info: NodeInfo(classes: ["contours"]))))
        nodes += boundary(r.decisionBoundary, plane: plane, theme: theme)
        nodes += DataMarks.nodes2D(context.model, plane: plane, theme: theme)
        nodes.append(plane.frameOutline(theme: theme))
        let bar = ColorBar(scale: scale, frame: Rect(x: plane.frame.maxX + 24, y: plane.frame.minY, width: 16, height: plane.frame.height))
        nodes += bar.nodes(theme: theme)
        let headline = "Output \(scale.quantity) over the input, exact on \(r.regionCount) region\(r.regionCount == 1 ? "" : "s")"
        nodes.append(RegionsFigure.title(headline, at: Point(plane.frame.minX, plane.frame.minY - 16), theme: theme))
        let alt = "The output of \(context.model.name) over \(RegionsFigure.domainText(r.domain)), coloured by \(scale.quantity) " +
            "with \(scale.levels.count) contour level\(scale.levels.count == 1 ? "" : "s")" +
            (r.decisionBoundary.isEmpty ? "." : " and the decision boundary drawn bold.")
        let scene = Scene(width: bar.frame.maxX + 90, height: plane.frame.maxY + margin.bottom,
                          title: "Output surface of \(context.model.name)", description: alt, background: theme.background, nodes: nodes)
        let caption = "Output \(scale.quantity), exact: every linear region's output is affine, so each contour is a straight " +
            "segment inside a region and the colour bands are convex polygons" +
            (r.decisionBoundary.isEmpty ? "." : "; the bold line is the decision boundary (ŷ changes class).") +
            (theme.hatchesAreas ? " Hatched areas are predicted class 1 (or negative outputs)." : "") +
            (r.outputCount > 1 ? " Shown for the first of the \(r.outputCount) outputs." : "")
        return .figure(Figure(name: .surface, scene: scene, caption: caption, altText: alt))
    }

    /// Each region cut at the levels into bands (class "band", plus "class-k" for classifiers).
    static func bands(_ r: Regions2D, scale: SurfaceScale, plane: InputPlane, theme: FigureTheme) -> [Node] {
        var nodes: [Node] = []
        let minArea = 1e-12 * abs(ConvexCut.area(plane.box))
        for i in 0..<r.regionCount {
            let f = r.outputMap(i, 0)
            var rest = r.polygon(of: i)
            for b in 0...scale.levels.count {
                guard rest.count >= 3 else { break }
                var piece = rest
                if b < scale.levels.count {
                    let level = scale.levels[b]
                    piece = ConvexCut.clip(rest, keep: AffineMap2(a1: -f.a1, a2: -f.a2, c: level - f.c))
                    rest = ConvexCut.clip(rest, keep: AffineMap2(a1: f.a1, a2: f.a2, c: f.c - level))
                }
                guard piece.count >= 3, abs(ConvexCut.area(piece)) > minArea else { continue }
                nodes += bandNodes(piece, band: b, region: i, scale: scale, plane: plane, theme: theme)
            }
        }
        return nodes
    }

    static func bandNodes(_ piece: [Point2], band b: Int, region i: Int, scale: SurfaceScale, plane: InputPlane,
                          theme: FigureTheme) -> [Node] {
        let color = scale.bandColor(b)
        let cls = scale.bandClass(b)
        let (lo, hi) = scale.band(b)
        var classes = ["band", "region-\(i)"]
        if let cls { classes.append("class-\(cls)") }
        let tip = scale.kind == .step ? "ŷ = \(Int(lo))" : "\(LabelFormat.short(lo)) to \(LabelFormat.short(hi))"
        let canvas = piece.map(plane.point)
        var nodes: [Node] = [.path(PathNode(path: .polygon(canvas), fill: color, stroke: Stroke(color: color, width: 0.6, join: .round),
                                            info: NodeInfo(classes: classes, tooltip: tip)))]
        let hatched = cls.map { $0 == 1 } ?? (0.5 * (lo + hi) < 0)
        if theme.hatchesAreas && hatched {
            nodes.append(.path(PathNode(path: Hatching.lines(in: canvas, pattern: .diagonal, spacing: 7),
                                        stroke: Stroke(color: Color(hex: 0x303030), width: 0.6))))
        }
        return nodes
    }

    /// Contour segments: one per region and level that crosses it.
    static func contours(_ r: Regions2D, scale: SurfaceScale, plane: InputPlane, theme: FigureTheme) -> [Node] {
        guard scale.kind != .step else { return [] }
        var path = Path()
        for i in 0..<r.regionCount {
            let poly = r.polygon(of: i), f = r.outputMap(i, 0)
            for level in scale.levels {
                guard let s = ConvexCut.segment(poly, f, level: level) else { continue }
                path.move(to: plane.point(s.a))
                path.line(to: plane.point(s.b))
            }
        }
        return path.elements.isEmpty ? [] : [.path(PathNode(path: path, stroke: Stroke(color: theme.text.withAlpha(0.45), width: 0.8),
                                                            info: NodeInfo(classes: ["contour"])))]
    }

    /// The decision boundary, bold, over a thin light casing so it reads on any fill.
    static func boundary(_ segments: [Segment], plane: InputPlane, theme: FigureTheme) -> [Node] {
        guard !segments.isEmpty else { return [] }
        var path = Path()
        for s in segments {
            path.move(to: plane.point(s.a))
            path.line(to: plane.point(s.b))
        }
        return [.path(PathNode(path: path, stroke: Stroke(color: theme.background, width: 5, cap: .round, join: .round))),
                .path(PathNode(path: path, stroke: Stroke(color: theme.text, width: 2.6, cap: .round, join: .round),
                               info: NodeInfo(classes: ["decision-boundary"], tooltip: "decision boundary")))]
    }
}
