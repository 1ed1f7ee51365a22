import NNVizEngine
import NNVizScene
import Testing
@testable import NNVizFigures

/// Print sizes, typography, the legibility check and panel composition.
@Suite struct LayoutTests {
    @Test func presetsAndLengthsParseToPoints() throws {
        #expect(abs(try FigureSize.parse("column").width - 8.5 / 2.54 * 72) < 1e-9)
        #expect(abs(try FigureSize.parse("8cm").width - 226.771_653_5) < 1e-6)
        #expect(abs(try FigureSize.parse("80mm").width - 226.771_653_5) < 1e-6)
        #expect(try FigureSize.parse("3.3in").width == 3.3 * 72)
        #expect(try FigureSize.parse(" 240pt ").width == 240)
        #expect(throws: FigureSizeError.unreadable("8 furlongs")) { try FigureSize.parse("8 furlongs") }
        #expect(throws: FigureSizeError.outOfRange("1cm")) { try FigureSize.parse("1cm") }
        #expect(throws: FigureSizeError.unreadable("nancm")) { try FigureSize.parse("nancm") }
    }

    @Test func typographyRespectsTheMinimumOfEverySize() {
        for size in [FigureSize.column, .page, .slide, try! FigureSize.parse("11cm"), try! FigureSize.parse("22cm")] {
            let t = Typography.forSize(size)
            for role in [TextRole.title, .label, .tick, .small] { #expect(t.size(role) >= size.minimumTextSize) }
        }
        #expect(FigureSize.slide.minimumTextSize == 14 && FigureSize.column.minimumTextSize == 7)
    }

    @Test func legibilityFindsSmallOverlappingAndEscapingText() {
        let font = Font(size: 6)
        let scene = Scene(width: 100, height: 40, title: "t", nodes: [
            .text(TextNode("small", at: Point(10, 20), font: font)),
            .text(TextNode("over", at: Point(12, 20), font: Font(size: 8))),
            .text(TextNode("outside the canvas", at: Point(90, 20), font: Font(size: 8))),
        ])
        let problems = Legibility.problems(scene, minimumSize: 7).map(\.description)
        #expect(problems.contains("'small' is 6.0 pt, under 7.0 pt"))
        #expect(problems.contains("'small' overlaps 'over'"))
        #expect(problems.contains("'outside the canvas' leaves the canvas"))
        // Scaled groups scale the text: 10 pt text in a group scaled by 0.5 is 5 pt.
        let scaled = Scene(width: 100, height: 40, title: "t", nodes: [
            .group(GroupNode([.text(TextNode("x", at: Point(10, 20), font: Font(size: 10)))], transform: .scale(0.5, 0.5)))])
        #expect(Legibility.problems(scaled, minimumSize: 7).map(\.description) == ["'x' is 5.0 pt, under 7.0 pt"])
    }

    @Test func wrappedTextFitsItsWidth() {
        let font = Font(size: 9)
        let text = "Where each hidden unit is on: the shaded side of its line, one panel per unit"
        let lines = TextWrap.lines(text, font: font, width: 120)
        #expect(lines.count > 1)
        #expect(lines.joined(separator: " ") == text)
        #expect(lines.allSatisfy { TextMetrics.width(of: $0, font: font) <= 120 })
    }

    @Test func sideLegendMovesBelowWhenNarrow() {
        let box = DrawnPanel(fixedHeight: { w, _ in w / 2 }, body: { r, _ in [.path(PathNode(path: .rect(r)))] })
        let legend = DrawnPanel(fixedHeight: { _, _ in 30 }, body: { r, _ in [.path(PathNode(path: .rect(r)))] })
        let panel = BesideOrBelow(main: box, side: legend, sideWidth: { _ in 80 })
        let page = FigureTheme.light.sized(.page), column = FigureTheme.light.sized(.column)
        #expect(panel.isBeside(page.size.width, theme: page))
        #expect(!panel.isBeside(column.size.width, theme: column))
        let scene = FigureCanvas.scene(panel, theme: column, title: "t", description: "")
        #expect(scene.width == FigureSize.column.width)
        // Below: the canvas holds the box (half its inner width tall), a gap and the legend, plus margins.
        let inner = column.size.width - 2 * column.type.margin
        #expect(abs(scene.height - (inner / 2 + column.type.gap + 30 + 2 * column.type.margin)) < 1e-9)
    }
}

@Suite struct NotationFormulaTests {
    /// Bias-free layers count inputs·units parameters, and the formula adds up to the engine's count.
    @Test func parameterFormulaRespectsBiasFreeLayers() throws {
        let model = try #require(try BuiltInExamples.named("backprop-exp")?.load())
        #expect(Notation.parameterFormula(model.network) == "(1+1)·2 + 2·1 = 6")
        #expect(model.network.parameterCount == 6)
        let xor = try #require(try BuiltInExamples.named("xor-relu")?.load())
        #expect(Notation.parameterFormula(xor.network) == "(p+1)·M + M + 1 = (2+1)·2 + 2 + 1 = 9")
    }
}
