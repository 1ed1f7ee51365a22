import NNVizEngine
import NNVizFigures
import NNVizScene
import NNVizSVG
import NNVizTestSupport
import Testing

/// Every text node with its absolute position (groups' transforms are translations here).
func texts(_ nodes: [Node]) -> [TextNode] {
    nodes.flatMap { node -> [TextNode] in
        switch node {
        case .text(let t): [t]
        case .group(let g): texts(g.children)
        default: []
        }
    }
}

@Suite struct GraphFigureTests {
    @Test func xorGraphGolden() throws {
        let figure = try FigureCatalog.require(.graph, FigureContext(model: FigureModels.xorReLU))
        ArtifactWriter.write(figure, as: "graph-xor")
        assertGolden(SVGWriter.render(figure.scene), named: "graph-xor-relu", in: goldenDirectory())
    }

    @Test func labelsInSeedNotationAndParameterCount() throws {
        let figure = try FigureCatalog.require(.graph, FigureContext(model: FigureModels.xorReLU))
        let strings = Set(texts(figure.scene.nodes).map(\.text))
        #expect(strings.isSuperset(of: ["x₁", "x₂", "h₁", "h₂", "ŷ", "+1"]))
        // (p+1)·M + M + 1 with p = 2, M = 2 — seeds 000.
        #expect(figure.caption.contains("(2+1)·2 + 2 + 1 = 9"))
        // All 9 parameters printed on links: 1, 1, 1, 1, 0, −1, 1, −2, 0.
        let weights = texts(figure.scene.nodes).map(\.text).filter { ["1", "0", "−1", "−2"].contains($0) }
        #expect(weights.count == 9)
    }

    @Test(arguments: ["xor", "triangle", "oneD", "wide"])
    func labelsDoNotOverlap(name: String) throws {
        let model = FigureModels.named(name)
        for mini in [false, true] {
            let figure = try FigureCatalog.require(.graph, FigureContext(model: model, options: FigureOptions(showWeights: true, miniPlots: mini)))
            ArtifactWriter.write(figure, as: "graph-\(name)\(mini ? "-mini" : "")")
            let boxes = texts(figure.scene.nodes).map { labelBox($0) }
            for i in boxes.indices {
                for j in boxes.indices where j > i {
                    #expect(!boxes[i].1.intersects(boxes[j].1), "'\(boxes[i].0)' overlaps '\(boxes[j].0)' in \(name)")
                }
            }
        }
    }

    @Test func longInputNamesGoBesideTheirCircle() throws {
        var model = FigureModels.xorReLU
        model.network.inputNames = ["length", "ab"]
        let figure = try FigureCatalog.require(.graph, FigureContext(model: model, options: FigureOptions(miniPlots: false)))
        let nodes = texts(figure.scene.nodes)
        let strings = nodes.map(\.text)
        #expect(strings.contains("length") && strings.contains("x₁") && strings.contains("ab"))
        let name = try #require(nodes.first { $0.text == "length" })
        #expect(TextMetrics.bounds(of: name).minX >= 0, "the name stays on the canvas")
    }

    @Test(arguments: BuiltInExamples.names)
    func builtInExampleGraphsHaveNoOverlappingLabels(name: String) throws {
        let model = try #require(BuiltInExamples.named(name)).load()
        for (weights, mini) in [(true, false), (true, true), (false, true)] {
            let options = FigureOptions(showWeights: weights, miniPlots: mini)
            let figure = try FigureCatalog.require(.graph, FigureContext(model: model, options: options))
            let boxes = texts(figure.scene.nodes).map(labelBox)
            for i in boxes.indices {
                for j in boxes.indices where j > i {
                    #expect(!boxes[i].1.intersects(boxes[j].1), "'\(boxes[i].0)' overlaps '\(boxes[j].0)' in \(name) \(options)")
                }
            }
            for (text, box) in boxes {
                #expect(box.minX >= 0 && box.minY >= 0 && box.maxX <= figure.scene.width && box.maxY <= figure.scene.height,
                        "'\(text)' leaves the canvas in \(name)")
            }
        }
    }

    @Test func wideLayersAreElided() throws {
        let figure = try FigureCatalog.require(.graph, FigureContext(model: FigureModels.wide))
        let strings = texts(figure.scene.nodes).map(\.text)
        #expect(strings.contains("⋮ (+3)"))
        #expect(strings.contains("h₁₂⁽¹⁾"))
        #expect(!strings.contains("h₉⁽¹⁾"))
        #expect(figure.caption.contains("(2+1)·12 + (12+1)·6 + (6+1)·3 = 135"))
    }

    @Test func printThemeDashesNegativeWeights() throws {
        let figure = try FigureCatalog.require(.graph, FigureContext(model: FigureModels.xorReLU, theme: .print))
        let svg = SVGWriter.render(figure.scene)
        let negative = svg.split(separator: "\n").filter { $0.contains("link negative") }
        #expect(!negative.isEmpty)
        #expect(negative.allSatisfy { $0.contains("stroke-dasharray") })
    }
}

/// The text's bounding box from NNVizScene's DejaVu metrics (the same widths the backends use).
func labelBox(_ t: TextNode) -> (String, Rect) { (t.text, TextMetrics.bounds(of: t)) }
