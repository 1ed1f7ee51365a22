import Foundation
@testable import NNVizCLI
import NNVizFigures
import Testing

/// A fresh temporary folder for one test.
private func temporaryFolder(_ name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("nnviz-cli-render-\(getpid())-\(name)")
    try? FileManager.default.removeItem(at: url)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

private func listing(_ folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
}

@Suite struct RenderCommandTests {
    @Test func withNoModelItTrainsAndRendersTheDefaultExample() throws {
        let out = try temporaryFolder("default").appendingPathComponent("report")
        let command = try RenderCommand.parse(["-o", out.path])
        var said = ""
        let page = try command.render { said += $0 }
        #expect(page.path == out.appendingPathComponent("index.html").path)
        #expect(said.hasPrefix("training Spiral, three classes (example spiral) for 2000 epochs\n"))
        #expect(said.contains("epoch 2000/2000"), "plain progress lines when not on a terminal")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("id=\"figure-loss\"") && html.contains("id=\"figure-graph\""))
        #expect(listing(out.appendingPathComponent("figures")).contains("loss.pdf"))
    }

    @Test func formatsFiguresAndThemeAreHonoured() throws {
        let out = try temporaryFolder("subset").appendingPathComponent("r")
        let command = try RenderCommand.parse(["--example", "xor-relu", "-o", out.path, "--format", "svg, pdf",
                                               "--figures", "activations,graph", "--theme", "print", "--size", "column"])
        _ = try command.render()
        #expect(listing(out.appendingPathComponent("figures")) == ["activations.pdf", "activations.svg", "graph.pdf", "graph.svg"])
        let svg = try String(contentsOf: out.appendingPathComponent("figures/graph.svg"), encoding: .utf8)
        #expect(svg.contains("stroke-dasharray"), "print theme dashes negative weights")
        let html = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(!html.contains("id=\"skipped\""), "an explicit list has no skipped figures")
    }

    @Test func singleFileWritesOnlyThePage() throws {
        let out = try temporaryFolder("single").appendingPathComponent("r")
        _ = try RenderCommand.parse(["--example", "threshold-triangle", "-o", out.path, "--single-file"]).render()
        #expect(listing(out) == [".nnviz-report", "index.html"])
    }

    @Test func unknownFigureNamesAreRejectedListingTheValidOnes() {
        #expect(throws: (any Error).self) { try RenderCommand.parse(["--figures", "graph,grpah"]) }
        do {
            _ = try RenderCommand.parse(["--figures", "graph,grpah"])
        } catch {
            let message = RenderCommand.message(for: error)
            #expect(message.contains("Unknown figure 'grpah'"))
            #expect(message.contains(FigureName.validNames))
        }
    }

    @Test func aFigureThatDoesNotApplyIsAnErrorWithItsReason() throws {
        let out = try temporaryFolder("not-applicable").appendingPathComponent("r")
        let command = try RenderCommand.parse(["--example", "xor-relu", "-o", out.path, "--figures", "loss"])
        #expect(throws: FigureError.notApplicable(.loss, reason: "the model was not trained in this run, so there is no loss history.")) {
            _ = try command.render()
        }
        #expect(!FileManager.default.fileExists(atPath: out.path), "nothing written")
    }

    @Test(arguments: [["--format", "svg,gif"], ["--scale", "0"], ["--example", "nope"], ["model.yaml", "--example", "xor-relu"],
                      ["--theme", "dark"], ["--weights", "log"], ["--loss-scale", "on"]])
    func badArgumentsAreRejected(arguments: [String]) {
        #expect(throws: (any Error).self) { try RenderCommand.parse(arguments) }
    }

    @Test func weightAndLossScaleChoicesReachTheFigures() throws {
        let options = try RenderCommand.parse(["--weights", "off", "--loss-scale", "log", "--no-mini-plots"]).figureOptions
        #expect(options == FigureOptions(showWeights: false, miniPlots: false, logLoss: true))
        #expect(try RenderCommand.parse([]).figureOptions == FigureOptions())
    }

    @Test func renderIsASubcommandOfNNViz() throws {
        let command = try NNVizCommand.parseAsRoot(["render", "--example", "xor-relu"])
        #expect(command is RenderCommand)
    }
}
