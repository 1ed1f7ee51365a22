import Foundation
import NNVizEngine
import NNVizFigures
@testable import NNVizReport
import Testing

@Suite struct ReportWriterTests {
    @Test(arguments: BuiltInExamples.names)
    func everyExampleRendersAndEveryReferenceResolves(name: String) throws {
        let folder = try temporaryFolder("example-\(name)")
        let page = try RenderPipeline.render(try example(name), to: folder.appendingPathComponent("report"))
        let html = try String(contentsOf: page, encoding: .utf8)
        let refs = references(in: html)
        #expect(refs.contains("assets/report.css"))
        #expect(refs.contains("figures/graph.svg") && refs.contains("figures/graph.png") && refs.contains("figures/graph.pdf"))
        for ref in refs where !ref.hasPrefix("#") && !ref.hasPrefix("data:") {
            #expect(!ref.contains("://"), "external reference \(ref) in \(name)")
            let target = page.deletingLastPathComponent().appendingPathComponent(ref)
            #expect(FileManager.default.fileExists(atPath: target.path), "\(ref) of \(name) does not exist")
        }
        for (fig, outcome) in [("graph", true), ("activations", true)] where outcome {
            #expect(html.contains("id=\"figure-\(fig)\""))
        }
        #expect(html.contains("<math display=\"block\""))
        #expect(!html.contains("https://") && !html.contains("http://") || !html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http"))
        try? FileManager.default.removeItem(at: folder)
    }

    @Test(arguments: ["xor-relu", "circles-relu"])
    func outputIsByteIdenticalOnASecondRun(name: String) throws {
        let folder = try temporaryFolder("determinism-\(name)")
        let a = folder.appendingPathComponent("a"), b = folder.appendingPathComponent("b")
        _ = try RenderPipeline.render(try example(name), to: a)
        _ = try RenderPipeline.render(try example(name), to: b)
        let list = files(under: a)
        #expect(list == files(under: b))
        #expect(list.contains("figures/graph.pdf") && list.contains("figures/activations.svg") && list.contains("index.html"))
        for file in list {
            let x = try Data(contentsOf: a.appendingPathComponent(file)), y = try Data(contentsOf: b.appendingPathComponent(file))
            #expect(x == y, "\(file) differs between two runs")
        }
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func scriptInModelAndInputNamesIsEscapedEverywhere() throws {
        var model = try example("xor-relu")
        model.network.name = "<script>alert('name')</script> & co"
        model.network.inputNames = ["<script>alert(1)</script>", "x2"]
        let folder = try temporaryFolder("escaping")
        for single in [false, true] {
            let out = folder.appendingPathComponent(single ? "single" : "multi")
            let page = try RenderPipeline.render(model, to: out, options: ReportOptions(singleFile: single))
            let html = try String(contentsOf: page, encoding: .utf8)
            #expect(!html.contains("<script>alert"))
            #expect(html.contains("&lt;script&gt;alert("))
            #expect(html.components(separatedBy: "<script").count - 1 == 1, "only the report's own script")
            for file in files(under: out) where file.hasSuffix(".svg") {
                let svg = try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)
                #expect(!svg.contains("<script"), "\(file) contains a script tag")
            }
        }
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func aFailedWriteLeavesThePreviousReportUntouched() throws {
        let folder = try temporaryFolder("atomic")
        let destination = folder.appendingPathComponent("report")
        let old = try RenderPipeline.render(try example("xor-relu"), to: destination)
        let before = try Data(contentsOf: old)
        let report = try Report.build(FigureContext(model: try example("threshold-triangle")))
        #expect(throws: ReportError.self) {
            _ = try ReportWriter.write(report, to: destination, options: ReportOptions(), failAfterStaging: true)
        }
        #expect(try Data(contentsOf: old) == before)
        #expect(files(under: folder).allSatisfy { $0.hasPrefix("report/") }, "no staging folder left behind")
        try? FileManager.default.removeItem(at: folder)
    }

    /// Each figure fails alone: a figure that cannot be encoded (here every PNG is too large for Cairo, with the
    /// SVG/PDF-only figures still drawable) is listed under "Not drawn" with the reason and a hint, and the report
    /// is written.
    @Test func aFigureThatCannotBeDrawnIsListedAndTheRestWritten() throws {
        let folder = try temporaryFolder("fails-alone")
        let destination = folder.appendingPathComponent("report")
        let report = try Report.build(FigureContext(model: try example("threshold-triangle")))
        let page = try ReportWriter.write(report, to: destination, options: ReportOptions(dpi: 400 * 72))
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("Could not draw figure &#39;graph&#39; as PNG"))
        #expect(html.contains("Try a lower --dpi"))
        #expect(!html.contains("id=\"figure-graph\""))
        let small = try ReportWriter.write(report, to: destination, options: ReportOptions(formats: [.svg, .pdf], dpi: 400 * 72))
        #expect(try String(contentsOf: small, encoding: .utf8).contains("id=\"figure-graph\""), "no PNG asked: drawn")
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func neverReplacesAFolderThatIsNotAReport() throws {
        let folder = try temporaryFolder("not-a-report")
        try Data("keep me".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let report = try Report.build(FigureContext(model: try example("xor-relu")))
        let expected = ReportError.destinationNotAReport(path: folder.standardizedFileURL.path)
        #expect(throws: expected) { _ = try ReportWriter.write(report, to: folder) }
        #expect(try String(contentsOf: folder.appendingPathComponent("notes.txt"), encoding: .utf8) == "keep me")
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func singleFileEmbedsEverything() throws {
        let folder = try temporaryFolder("single")
        let page = try RenderPipeline.render(try example("xor-relu"), to: folder.appendingPathComponent("r"),
                                             options: ReportOptions(singleFile: true))
        #expect(files(under: page.deletingLastPathComponent()) == [".nnviz-report", "index.html"])
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("data:image/png;base64,") && html.contains("data:application/pdf;base64,"))
        #expect(references(in: html).allSatisfy { $0.hasPrefix("#") || $0.hasPrefix("data:") })
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func embeddedAssetsMatchTheAssetFiles() throws {
        let assets = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/NNVizReport/Assets")
        let css = try String(contentsOf: assets.appendingPathComponent("report.css"), encoding: .utf8)
        let js = try String(contentsOf: assets.appendingPathComponent("report.js"), encoding: .utf8)
        #expect(EmbeddedAssets.css + "\n" == css, "run scripts/embed-assets.sh")
        #expect(EmbeddedAssets.js + "\n" == js, "run scripts/embed-assets.sh")
    }
}

/// The report of a trained model (loss figure included), written to test-artifacts/report for a person to look at.
@Suite struct TrainedReportTests {
    @Test func trainedXORReportShowsLossAndTraining() throws {
        var model = try example("xor-relu")
        let data = Dataset(inputs: Matrix([[0, 0], [0, 1], [1, 0], [1, 1]]), targets: [0, 1, 1, 0])
        model.data = data
        model.training = TrainingConfig(loss: .mse, optimizer: .sgd, learningRate: 0.05, epochs: 200, seed: 1, snapshots: [0, 50, 200])
        let out = artifactsFolder().appendingPathComponent("report-xor")
        let page = try RenderPipeline.render(model, to: out)
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("id=\"figure-loss\""))
        #expect(html.contains("id=\"training\""))
        #expect(html.contains("sgd, learning rate 0.05"))
    }
}

/// `test-artifacts/` at the package root (git-ignored).
func artifactsFolder() -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("test-artifacts")
}

@Suite struct PageStructureTests {
    /// Inline SVGs share one document: every id on the page must be unique (hover highlighting looks units up by id).
    @Test(arguments: ["spiral", "xor-relu", "threshold-table"])
    func idsAreUniqueOnThePage(name: String) throws {
        let report = try Report.build(FigureContext(model: try example(name)))
        let encoded = try report.drawn.map { try EncodedFigure($0, formats: [.svg], scale: 1) }
        let html = ReportPage.html(report, figures: encoded, options: ReportOptions(formats: [.svg]))
        var ids: [String] = []
        var rest = Substring(html)
        while let r = rest.range(of: " id=\"") {
            rest = rest[r.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            ids.append(String(rest[..<end]))
        }
        #expect(ids.count > 10)
        #expect(Set(ids).count == ids.count, "duplicate ids: \(Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted())")
    }

    @Test func equationsUseTheSeedsNotationWithTheModelsNumbers() throws {
        let lines = Equations.lines(try example("xor-relu").network)
        #expect(lines.count == 2)
        #expect(lines[0].symbolic.contains("<msup><mi>z</mi><mi>H</mi></msup><mo>=</mo><msup><mi>W</mi><mi>H</mi></msup><mi>x</mi>"))
        #expect(lines[0].numeric.contains("<mn>−1</mn>"), "b^H = (0, −1)")
        #expect(lines[0].activation.contains("<mi>relu</mi>"))
        #expect(lines[1].symbolic.contains("<msup><mi>u</mi><mi>H</mi></msup>"), "z^O = W^O u^H + b^O")
        #expect(lines[1].activation.contains("<mi>ŷ</mi>"))
        // More than 8 rows: the first 6, a ⋮ row, the last.
        let spiral = Equations.lines(try example("spiral").network)
        #expect(spiral.count == 3 && spiral[1].numeric.contains("<mo>⋱</mo>"))
    }
}
