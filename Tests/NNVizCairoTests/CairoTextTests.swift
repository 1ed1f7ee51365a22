import Foundation
import Testing
import NNVizScene
@testable import NNVizCairo

/// TextMetrics' embedded table against cairo + FreeType reading the real font file.
@Test(arguments: ["Hxg ŷ₁", "loss (epoch 2000)", "σ(z) = 1/(1 + e⁻ᶻ)", "x₁ ≤ 0.5 · w₁₂ − b", "ᴴᴼ ⋮ ∑ × ≥", "WWW iii"])
func textMetricsMatchCairo(text: String) {
    for font in [Font(size: 12), Font(size: 17, weight: .bold)] {
        let table = TextMetrics.width(of: text, font: font)
        let cairo = CairoRenderer.measuredAdvance(text, font: font)
        #expect(abs(table - cairo) <= 0.002 * cairo + 0.01, "\(text) \(font.weight): table \(table), cairo \(cairo)")
    }
}

/// The ink of "HHHH" lies right of x for anchor start, centred on x for middle, left of x for end; and a
/// `.middle` baseline centres capitals on y within 1 unit.
@Test func textAnchorsAndBaselinesPlaceInk() throws {
    func inkBox(_ anchor: TextAnchor, _ baseline: TextBaseline) throws -> (minX: Int, maxX: Int, minY: Int, maxY: Int) {
        let scene = Scene(width: 200, height: 100, title: "t", nodes: [
            .text(TextNode("HHHH", at: Point(100, 50), font: Font(size: 20), anchor: anchor, baseline: baseline))])
        let b = try CairoRenderer.bitmap(scene)
        var box = (minX: Int.max, maxX: Int.min, minY: Int.max, maxY: Int.min)
        for y in 0..<b.height { for x in 0..<b.width where b.pixel(x, y).r < 128 {
            box = (min(box.minX, x), max(box.maxX, x), min(box.minY, y), max(box.maxY, y))
        } }
        return box
    }
    let start = try inkBox(.start, .alphabetic), middle = try inkBox(.middle, .middle), end = try inkBox(.end, .hanging)
    #expect(start.minX >= 100 && start.minX <= 103)
    #expect(abs(Double(middle.minX + middle.maxX) / 2 - 100) <= 1.5)
    #expect(end.maxX <= 100 && end.maxX >= 97)
    #expect(start.maxY == 49)  // capitals sit on the baseline y = 50
    #expect(abs(Double(middle.minY + middle.maxY) / 2 - 50) <= 1.5)
    // Hanging: the capitals' top is near y (0.8 × ascent = 14.85 below y puts the baseline there; cap height 14.6).
    #expect(abs(Double(end.minY) - 50) <= 1.5)
}
