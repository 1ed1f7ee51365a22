import Testing
import NNVizScene
import NNVizSVG
import NNVizTestSupport

/// A one-page sample of a theme: diverging and sequential maps, class colours and markers, pattern colours
/// with labels, signed strokes, hatches and a nice axis. Its golden pins every colour value the figures use;
/// open the golden SVG to see the palette.
func themeSwatch(_ theme: Theme) -> Scene {
    var nodes: [Node] = []
    for i in 0...20 {
        let x = 20 + Double(i) * 20
        nodes.append(.path(PathNode(path: .rect(Rect(x: x, y: 20, width: 20, height: 24)), fill: theme.diverging.color(Double(i - 10) / 10))))
        nodes.append(.path(PathNode(path: .rect(Rect(x: x, y: 50, width: 20, height: 24)), fill: theme.sequential.color(Double(i) / 20))))
    }
    for i in 0..<8 {
        let center = Point(30 + Double(i) * 30, 92)
        nodes.append(.path(PathNode(path: MarkerShape.forClass(i).path(center: center, radius: theme.sizes.markerRadius * 2),
                                    fill: CategoricalPalette.classColor(i), stroke: Stroke(color: theme.foreground, width: 0.5),
                                    info: NodeInfo(classes: ["class-\(i)"], tooltip: "class \(i)"))))
    }
    for n in 0..<8 {
        let pattern = (0..<3).map { (n >> $0) & 1 == 1 }
        let r = Rect(x: 20 + Double(n) * 52, y: 110, width: 50, height: 26)
        nodes.append(.path(PathNode(path: .rect(r), fill: PatternColors.color(forPattern: pattern))))
        nodes.append(.text(TextNode(PatternColors.label(pattern), at: r.center, font: theme.fonts.label, color: theme.foreground,
                                    anchor: .middle, baseline: .middle)))
    }
    for (i, w) in [-1.0, -0.4, 0.4, 1].enumerated() {
        let y = 150 + Double(i) * 10
        nodes.append(.path(PathNode(path: .line(Point(20, y), Point(200, y)), stroke: theme.signedStroke(w, widthFactor: 0.5 + abs(w)))))
    }
    for (i, hatch) in HatchPattern.allCases.enumerated() {
        let r = Rect(x: 220 + Double(i) * 35, y: 145, width: 30, height: 40)
        nodes.append(.path(PathNode(path: .rect(r), stroke: Stroke(color: theme.foreground, width: theme.thinLineWidth))))
        nodes.append(.path(PathNode(path: hatch.lines(in: r, spacing: theme.hatchSpacing), stroke: Stroke(color: theme.foreground, width: 0.6))))
    }
    let axis = LinearScale(domain: (-0.43, 2.71), range: (20, 420)).nice(count: 8)
    nodes.append(.path(PathNode(path: .line(Point(20, 200), Point(420, 200)), stroke: Stroke(color: theme.foreground, width: theme.thinLineWidth))))
    for (t, label) in zip(axis.ticks(count: 8), axis.tickLabels(count: 8)) {
        nodes.append(.path(PathNode(path: .line(Point(axis(t), 200), Point(axis(t), 200 + theme.sizes.tickLength)),
                                    stroke: Stroke(color: theme.foreground, width: theme.thinLineWidth))))
        nodes.append(.text(TextNode(label, at: Point(axis(t), 206), font: theme.fonts.tick, color: theme.mutedText, anchor: .middle, baseline: .hanging)))
    }
    return Scene(width: 440, height: 225, title: "Theme \(theme.name)",
                 description: "Colour maps, class colours and markers, pattern colours, signed strokes, hatches and an axis of the \(theme.name) theme.",
                 background: theme.background, nodes: nodes)
}

@Test(arguments: [Theme.light, Theme.print])
func goldenThemeSwatch(theme: Theme) {
    assertGolden(SVGWriter.render(themeSwatch(theme)), named: "theme-\(theme.name)", in: goldenDirectory())
}
