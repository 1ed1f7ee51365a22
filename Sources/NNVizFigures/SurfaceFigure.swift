import NNVizAnalysis
import NNVizEngine
import NNVizScene

/// `surface`: the output over the 2-D input. Piecewise-linear nets exactly: every region's output is affine,
/// so each region is cut at the contour levels into convex bands (filled by the level's colour), each
/// contour is one segment per region, and the decision boundary (exact segments of the analysis) is bold.
/// Softmax: each region cut into the cells where one class wins, in the class colour, lighter where less
/// confident. Smooth hidden units (or too many regions): the output sampled on a grid, said in the caption.
enum SurfaceFigure {
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

    /// The map panel every surface variant draws into, with the data on top.
    static func mapPanel(_ context: FigureContext, domain: [ClosedRange<Double>], content: @escaping (InputPlane, FigureTheme) -> [Node]) -> InputPlanePanel {
        let net = context.network
        return InputPlanePanel(domain: domain, xLabel: Notation.input(0, names: net.inputNames),
                               yLabel: Notation.input(1, names: net.inputNames), info: NodeInfo(classes: ["surface-map"])) { plane, theme in
            content(plane, theme) + DataMarks.nodes2D(context.model, plane: plane, theme: theme)
        }
    }

    /// Title, then the map with its colour bar or legend beside (wide) or below (narrow).
    static func layout(_ title: String, map: InputPlanePanel, side: any Panel, sideWidth: @escaping (FigureTheme) -> Double) -> any Panel {
        VStack([TextPanel(text: title, role: .title),
                BesideOrBelow(main: map, side: side, sideWidth: sideWidth, minimumMainShare: 0.6)])
    }

    static func buildExact(_ r: Regions2D, _ context: FigureContext) -> FigureOutcome {
        let theme = context.theme
        let values = r.vertices.isEmpty ? [0.0] : (0..<r.regionCount).flatMap { i in r.polygon(of: i).map { r.outputMap(i, 0)($0) } }
        let scale = SurfaceScale(activation: context.network.outputActivation, zRange: (values.min() ?? 0, values.max() ?? 0))
        let map = mapPanel(context, domain: r.domain) { plane, theme in
            [.group(GroupNode(bands(r, network: context.network, scale: scale, plane: plane, theme: theme), info: NodeInfo(classes: ["bands"]))),
             .group(GroupNode(contours(r, scale: scale, plane: plane, theme: theme), info: NodeInfo(classes: ["contours"])))]
                + boundary(r.decisionBoundary, plane: plane, theme: theme)
        }
        let bar = ColorBar(scale: scale, bottomInset: { map.margins($0).bottom })
        let headline = "Output \(scale.quantity) over the input, exact on \(RegionCaption.plural(r.regionCount, "region"))"
        let alt = "The output of \(context.model.name) over \(RegionsFigure.domainText(r.domain)), coloured by \(scale.quantity) " +
            "with \(scale.levels.count) contour level\(scale.levels.count == 1 ? "" : "s")" +
            (r.decisionBoundary.isEmpty ? "." : " and the decision boundary drawn bold.")
        let scene = FigureCanvas.scene(layout(headline, map: map, side: bar, sideWidth: { bar.naturalWidth($0) }), theme: theme,
                                       title: "Output surface of \(context.model.name)", description: alt)
        let negative = scale.kind != .step && scale.levels.contains(where: scale.isNegativeLevel)
        let caption = "Output \(scale.quantity), exact: every linear region's output is affine, so each contour is a straight " +
            "segment inside a region and the colour bands are convex polygons" +
            (r.decisionBoundary.isEmpty ? "." : "; the bold line is the decision boundary (ŷ changes class).") +
            (negative ? " Dashed contours are levels below \(scale.kind == .signed ? "0" : "0.5")." : "") +
            (theme.hatchesAreas ? (scale.kind == .signed ? " Hatched areas are positive outputs." : " Hatched areas are predicted class 1.") : "") +
            (r.outputCount > 1 ? " Shown for the first of the \(r.outputCount) outputs." : "") + SliceMarks.sentence(context.model)
        return .figure(Figure(name: .surface, scene: scene, caption: caption, altText: alt))
    }

    /// Each region cut at the levels into bands (class "band", plus "class-k" for classifiers).
    static func bands(_ r: Regions2D, network: Network, scale: SurfaceScale, plane: InputPlane, theme: FigureTheme) -> [Node] {
        var nodes: [Node] = []
        let minArea = 1e-12 * abs(ConvexCut.area(plane.box))
        // Past the vector limit the exact bands are painted into one image (as in `RegionMapPanel`).
        let painted = r.regionCount > RegionMapPanel.vectorRegionLimit
        var raster = ConvexRaster(frame: plane.frame, pixelsPerUnit: painted ? ConvexRaster.printResolution : 0.01)
        for i in 0..<r.regionCount {
            let f = r.outputMap(i, 0)
            let pattern = painted ? "" : PatternText.label(r.pattern(of: i), network: network)
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
                if painted {
                    raster.fill(piece.map(plane.point), color: scale.bandColor(b))
                } else {
                    nodes += bandNodes(piece, band: b, region: i, pattern: pattern, scale: scale, plane: plane, theme: theme)
                }
            }
        }
        if painted {
            return [.raster(raster.node(info: NodeInfo(classes: ["bands-image"],
                                                       tooltip: "\(r.regionCount) exact regions, painted as an image")))]
        }
        return nodes
    }

    static func bandNodes(_ piece: [Point2], band b: Int, region i: Int, pattern: String, scale: SurfaceScale, plane: InputPlane,
                          theme: FigureTheme) -> [Node] {
        let color = scale.bandColor(b)
        let cls = scale.bandClass(b)
        let (lo, hi) = scale.band(b)
        let hatched = scale.bandIsHatched(b)
        var classes = ["band", "region-\(i)"]
        if let cls { classes.append("class-\(cls)") }
        let tip = scale.kind == .step ? "ŷ = \(Int(lo))" : "\(LabelFormat.short(lo)) to \(LabelFormat.short(hi))"
        let canvas = piece.map(plane.point)
        var nodes: [Node] = [.path(PathNode(path: .polygon(canvas), fill: color, stroke: Stroke(color: color, width: theme.stroke(0.6), join: .round),
                                            info: NodeInfo(classes: classes, tooltip: tip, data: ["region": "\(i)", "pattern": pattern])))]
        if theme.hatchesAreas && hatched {
            nodes.append(.path(PathNode(path: Hatching.lines(in: canvas, pattern: .diagonal, spacing: Hatching.spacing(theme)),
                                        stroke: Hatching.stroke(theme))))
        }
        return nodes
    }

    /// Contour segments: one per region and level that crosses it; levels below zero (class 0's side) dashed.
    static func contours(_ r: Regions2D, scale: SurfaceScale, plane: InputPlane, theme: FigureTheme) -> [Node] {
        guard scale.kind != .step else { return [] }
        var solid = Path(), dashed = Path()
        for i in 0..<r.regionCount {
            let poly = r.polygon(of: i), f = r.outputMap(i, 0)
            for level in scale.levels {
                guard let s = ConvexCut.segment(poly, f, level: level) else { continue }
                if scale.isNegativeLevel(level) {
                    dashed.move(to: plane.point(s.a)); dashed.line(to: plane.point(s.b))
                } else {
                    solid.move(to: plane.point(s.a)); solid.line(to: plane.point(s.b))
                }
            }
        }
        let width = theme.stroke(0.8), color = theme.text.withAlpha(0.45)
        return [(solid, [Double]()), (dashed, [3 * width, 2.5 * width])].compactMap { path, dash in
            path.elements.isEmpty ? nil : .path(PathNode(path: path, stroke: Stroke(color: color, width: width, dash: dash),
                                                         info: NodeInfo(classes: dash.isEmpty ? ["contour"] : ["contour", "negative"])))
        }
    }

    /// The decision boundary, bold, over a thin light casing so it reads on any fill.
    static func boundary(_ segments: [Segment], plane: InputPlane, theme: FigureTheme) -> [Node] {
        guard !segments.isEmpty else { return [] }
        var path = Path()
        for s in segments {
            path.move(to: plane.point(s.a))
            path.line(to: plane.point(s.b))
        }
        return [.path(PathNode(path: path, stroke: Stroke(color: theme.background, width: theme.stroke(5), cap: .round, join: .round))),
                .path(PathNode(path: path, stroke: Stroke(color: theme.text, width: theme.stroke(2.6), cap: .round, join: .round),
                               info: NodeInfo(classes: ["decision-boundary"], tooltip: "decision boundary")))]
    }
}
