import Foundation
import Testing
import NNVizScene
import NNVizTestSupport
@testable import NNVizSVG

/// A scene with one node of every kind, used by the golden test.
func everyKindScene() -> Scene {
    var path = Path()
    path.move(to: Point(10, 10)); path.line(to: Point(60.123, 10)); path.curve(to: Point(10, 60), control1: Point(80, 30), control2: Point(30, 80)); path.close()
    let raster = RasterNode(pixelWidth: 2, pixelHeight: 2, rgba: [255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 128],
                            frame: Rect(x: 100, y: 10, width: 40, height: 40), pixelated: true, info: NodeInfo(id: "field"))
    let group = GroupNode([
        .path(PathNode(path: .rect(Rect(x: 0, y: 0, width: 30, height: 20)), fill: Color(hex: 0x0072B2, alpha: 0.5),
                       info: NodeInfo(id: "unit 1", classes: ["unit", "layer:1"], tooltip: "z = 0.5"))),
        .text(TextNode("x₁ ≤ 2", at: Point(15, 10), font: Font(size: 10, weight: .bold), anchor: .middle, baseline: .middle)),
    ], transform: .translation(20, 100), clip: Rect(x: 0, y: 0, width: 25, height: 20), info: NodeInfo(id: "g", tooltip: "a group"))
    return Scene(width: 200, height: 150, title: "Every kind", description: "One node of each kind.", nodes: [
        .path(PathNode(path: path, fill: nil, stroke: Stroke(color: Color(hex: 0xD55E00), width: 1.5, dash: [4, 2], cap: .round, join: .round),
                       info: NodeInfo(id: "curve", classes: ["edge", "negative"]))),
        .raster(raster),
        .group(group),
        .text(TextNode("loss", at: Point(190, 140), font: Font(size: 12, style: .italic), color: Color(hex: 0x333333), anchor: .end,
                       baseline: .alphabetic, rotation: -90, info: NodeInfo(id: "unit 1"))),
        .text(TextNode("top", at: Point(5, 140), baseline: .hanging)),
    ])
}

@Test func goldenEveryNodeKind() {
    assertGolden(SVGWriter.render(everyKindScene()), named: "every-kind", in: goldenDirectory())
}

@Test func scriptInTitleAndTextIsEscaped() {
    let evil = "<script>alert('x & \"y\"')</script>"
    let scene = Scene(width: 10, height: 10, title: evil, description: evil,
                      nodes: [.text(TextNode(evil, at: Point(0, 0), info: NodeInfo(id: evil, classes: [evil], tooltip: evil)))])
    let svg = SVGWriter.render(scene)
    #expect(!svg.contains("<script"))
    #expect(!svg.contains("alert('"))
    #expect(svg.contains("&lt;script&gt;alert(&#39;x &amp; &quot;y&quot;&#39;)&lt;/script&gt;"))
    #expect(MarkupEscape.escape("a\u{1}b\tc") == "ab\tc")
}

@Test(arguments: [
    (0.0, "0"), (-0.0, "0"), (-0.001, "0"), (1.125, "1.13"), (1.006, "1.01"), (2.5, "2.5"), (2.50001, "2.5"), (-3.14159, "-3.14"),
    (100, "100"), (0.1, "0.1"), (0.07, "0.07"), (1e20, "1000000000000"), (Double.nan, "0"), (-Double.infinity, "0"),
    (12.999, "13"), (-0.005, "-0.01"),
])
func numberFormat(value: Double, expected: String) {
    #expect(NumberFormat.coordinate(value) == expected)
}

@Test func numberFormatDecimals() {
    #expect(NumberFormat.coordinate(0.12345, decimals: 4) == "0.1235")
    #expect(NumberFormat.coordinate(0.5, decimals: 0) == "1")
}

@Test func renderingIsDeterministic() {
    let a = SVGWriter.render(everyKindScene()), b = SVGWriter.render(everyKindScene())
    #expect(a == b)
    let odd = Scene(width: 1e-7, height: .nan, title: "t", nodes: [.path(PathNode(path: .line(Point(1e30, -1e-9), Point(.infinity, 3)), stroke: Stroke(color: .black)))])
    let text = SVGWriter.render(odd)
    #expect(!text.contains("nan") && !text.contains("inf") && !text.contains(/[0-9][eE][-+]?[0-9]/))
    #expect(text.contains("d=\"M1000000000000 0 L0 3\""))
}

@Test func documentHasAccessibleTitleAndDescription() {
    let svg = SVGWriter.render(Scene(width: 100.5, height: 50, title: "Loss curve"))
    // The canvas unit is the point: the document carries its physical size.
    #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100.5pt\" height=\"50pt\" viewBox=\"0 0 100.5 50\" role=\"img\""))
    #expect(svg.contains("aria-labelledby=\"fig-Loss-curve-title fig-Loss-curve-desc\""))
    #expect(svg.contains("<title id=\"fig-Loss-curve-title\">Loss curve</title>"))
    #expect(svg.contains("<desc id=\"fig-Loss-curve-desc\">Loss curve</desc>"))
}

@Test func idsAreSanitisedAndUnique() {
    #expect(SVGIdentifier.sanitise("unit 1") == "unit-1")
    #expect(SVGIdentifier.sanitise("1st") == "n-1st")
    #expect(SVGIdentifier.sanitise("") == "n-")
    #expect(SVGIdentifier.sanitise("layer[0].w") == "layer-0-w")
    let svg = SVGWriter.render(everyKindScene())
    // Node ids carry the document prefix, so two figures inlined in one page cannot clash.
    #expect(svg.contains("id=\"fig-Every-kind-unit-1\""))
    #expect(svg.contains("id=\"fig-Every-kind-unit-1-2\""))
    #expect(svg.contains("class=\"unit layer-1\""))
}

@Test func rasterIsEmbeddedAsPNGDataURL() throws {
    let svg = SVGWriter.render(everyKindScene())
    let marker = "href=\"data:image/png;base64,"
    let start = try #require(svg.range(of: marker))
    let rest = svg[start.upperBound...]
    let end = try #require(rest.firstIndex(of: "\""))
    let data = try #require(Data(base64Encoded: String(rest[..<end])))
    #expect(Array(data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
}

@Test func goldenHelperFailsOnMismatchAndOnMissingFile() {
    guard ProcessInfo.processInfo.environment["NNVIZ_RECORD_GOLDENS"] != "1" else { return }
    withKnownIssue("a changed output must fail") {
        assertGolden("<svg/>\n", named: "every-kind", in: goldenDirectory())
    }
    withKnownIssue("a missing golden must fail") {
        assertGolden("<svg/>\n", named: "no-such-golden", in: goldenDirectory())
    }
}

@Test func spacesArePreservedOnlyWhereTheyWouldCollapse() {
    let svg = SVGWriter.render(Scene(width: 10, height: 10, title: "t", nodes: [
        .text(TextNode("a  b", at: Point(0, 0))), .text(TextNode("a b", at: Point(0, 0)))]))
    #expect(svg.contains("xml:space=\"preserve\">a  b</text>"))
    #expect(svg.contains("fill=\"#000000\">a b</text>"))
}

/// The naming contract's data attributes: written sorted by key, values escaped, unsafe key characters dropped.
@Test func dataAttributesAreWrittenSortedAndEscaped() {
    let info = NodeInfo(id: "region-3", classes: ["region"], data: ["region": "3", "pattern": "10|01", "un\"safe key": "<x>"])
    let svg = SVGWriter.render(Scene(width: 10, height: 10, title: "t",
                                     nodes: [.path(PathNode(path: .rect(Rect(x: 0, y: 0, width: 1, height: 1)), info: info))]),
                               idPrefix: "regions")
    #expect(svg.contains(#"id="regions-region-3" class="region" data-pattern="10|01" data-region="3" data-unsafekey="&lt;x&gt;""#))
}
