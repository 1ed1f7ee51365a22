import Foundation
import Testing
import NNVizScene
@testable import NNVizCairo

func textScene() -> Scene {
    var scene = probeScene()
    scene.title = "Text (and ƒ) test"
    scene.nodes.append(.text(TextNode("ŷ = σ(w₁x₁ + b) ≤ 1", at: Point(50, 40), font: Font(size: 9), anchor: .middle, baseline: .middle)))
    scene.nodes.append(.text(TextNode("Bold", at: Point(5, 75), font: Font(size: 8, weight: .bold))))
    scene.nodes.append(.path(PathNode(path: .line(Point(0, 78), Point(100, 78)), stroke: Stroke(color: .black, dash: [3, 1]))))
    return scene
}

@Test func twoPDFRunsAreByteIdentical() throws {
    let a = try CairoRenderer.pdf(textScene()), b = try CairoRenderer.pdf(textScene())
    #expect(a.count > 500)
    #expect(a == b)
    let text = String(decoding: a, as: UTF8.self)
    #expect(text.hasPrefix("%PDF-"))
    // cairo 1.16 writes the date without the "D:" prefix; readers (pdfinfo) accept it.
    #expect(text.contains("/CreationDate (20000101000000Z)") || text.contains("/CreationDate (D:20000101000000"))
    #expect(text.contains("/ModDate (20000101000000Z)") || text.contains("/ModDate (D:20000101000000"))
    #expect(text.contains("/Creator (nnviz)"))
    // Font subset tags are derived from the subset's glyphs (cairo ≥ 1.12), not random: rendering another
    // scene in between does not change them.
    _ = try CairoRenderer.pdf(probeScene())
    #expect(try CairoRenderer.pdf(textScene()) == a)
}

@Test func twoCairoSVGRunsAreByteIdentical() throws {
    let a = try CairoRenderer.svg(textScene()), b = try CairoRenderer.svg(textScene())
    #expect(a == b)
    #expect(String(decoding: a, as: UTF8.self).contains("<svg"))
}

@Test func writingIntoMissingFolderThrowsNamingTheFolder() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nnviz-no-such-folder-\(getpid())")
    let url = folder.appendingPathComponent("figure.png")
    #expect(throws: CairoError.missingFolder(folder: folder.path, file: "figure.png")) {
        try CairoRenderer.writePNG(probeScene(), to: url)
    }
    let message = CairoError.missingFolder(folder: folder.path, file: "figure.png").description
    #expect(message.contains(folder.path) && message.hasSuffix("does not exist."))
    #expect(!FileManager.default.fileExists(atPath: folder.path))
}

@Test func writesFilesAtomicallyIntoExistingFolder() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nnviz-cairo-test-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try CairoRenderer.writePNG(textScene(), to: folder.appendingPathComponent("a.png"), scale: 2)
    try CairoRenderer.writePDF(textScene(), to: folder.appendingPathComponent("a.pdf"))
    try CairoRenderer.writeSVG(textScene(), to: folder.appendingPathComponent("a.svg"))
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(names == ["a.pdf", "a.png", "a.svg"])
}

@Test func invalidCanvasThrowsOneSentence() {
    #expect(throws: CairoError.self) { try CairoRenderer.png(Scene(width: 0, height: 10, title: "empty")) }
    #expect(throws: CairoError.self) { try CairoRenderer.png(Scene(width: 10, height: 10, title: "huge"), scale: 1e5) }
    let error = CairoError.cairo(operation: "encoding the PNG", status: "out of memory", path: "/tmp/x.png")
    #expect(error.description == "Cairo failed while encoding the PNG for /tmp/x.png: out of memory.")
}
