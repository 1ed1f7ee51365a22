import NNVizEngine
import NNVizScene
import NNVizSVG
import NNVizTestSupport
import Testing
@testable import NNVizFigures

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
        // The 7 non-zero parameters printed on their links: W = [[1, 1], [1, 1]], b = (0, −1), W^O = (1, −2), b^O = 0;
        // the two zero biases are not drawn and the caption says so.
        let svg = SVGWriter.render(figure.scene)
        let labels = weightLabelTexts(figure.scene.nodes)
        #expect(labels.sorted() == ["1", "1", "1", "1", "1", "−1", "−2"].sorted())
        #expect(figure.caption.contains("2 parameters are exactly 0"))
        #expect(svg.components(separatedBy: "class=\"link ").count - 1 == 7)
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

    @Test func wideLayersFitTheWidthAndVeryWideOnesAreElided() throws {
        // 12 units fit at page width: every one drawn, numbered, with its data-unit.
        let figure = try FigureCatalog.require(.graph, FigureContext(model: FigureModels.wide, options: FigureOptions(miniPlots: false)))
        let svg = SVGWriter.render(figure.scene)
        for j in 1...12 { #expect(svg.contains("data-unit=\"1.\(j)\""), "unit 1.\(j)") }
        for j in 1...6 { #expect(svg.contains("data-unit=\"2.\(j)\"")) }
        #expect(!svg.contains("data-unit=\"3."), "output units are not hidden units")
        #expect(!svg.contains("more"))
        #expect(figure.caption.contains("(2+1)·12 + (12+1)·6 + (6+1)·3 = 135"))
        // 300 units cannot fit at column width: the first ones and the last, with "… n more".
        let net = Network(name: "very wide", inputNames: ["x1", "x2"], layers: [
            DenseLayer(weights: Array(repeating: [1, -1], count: 300), biases: Array(repeating: 0.5, count: 300), activation: .relu),
            DenseLayer(weights: [Array(repeating: 0.1, count: 300)], biases: [0], activation: .identity),
        ])
        let wide = try FigureCatalog.require(.graph, FigureContext(model: Model(network: net, domain: [-1...1, -1...1]),
                                                                    theme: FigureTheme.light.sized(.column)))
        let strings = texts(wide.scene.nodes).map(\.text)
        let more = try #require(strings.first { $0.hasPrefix("… ") && $0.hasSuffix(" more") })
        let shown = SVGWriter.render(wide.scene).components(separatedBy: "data-unit=\"1.").count - 1
        #expect(more == "… \(300 - shown) more")
        #expect(SVGWriter.render(wide.scene).contains("data-unit=\"1.300\""))
        #expect(wide.caption.contains("the middle ones are left out"))
    }

    @Test func spiralSizedNetIsDrawnInFullAtEverySize() throws {
        // The review's case: a 2-16-16-3 net must not be cut to 8 + the last unit; every size draws all 32 hidden units.
        var rng = SeededGenerator(seed: 11)
        func layer(_ units: Int, _ inputs: Int, _ a: Activation) -> DenseLayer {
            DenseLayer(weights: (0..<units).map { _ in (0..<inputs).map { _ in Double.random(in: -1...1, using: &rng) } },
                       biases: (0..<units).map { _ in Double.random(in: -1...1, using: &rng) }, activation: a)
        }
        let net = Network(name: "2-16-16-3", inputNames: ["x1", "x2"], layers: [layer(16, 2, .relu), layer(16, 16, .relu), layer(3, 16, .softmax)])
        let model = Model(network: net, domain: [-1...1, -1...1])
        for size in [FigureSize.column, .page, .slide] {
            for mini in [true, false] {
                let figure = try FigureCatalog.require(.graph, FigureContext(model: model, theme: FigureTheme.light.sized(size),
                                                                             options: FigureOptions(miniPlots: mini)))
                let svg = SVGWriter.render(figure.scene)
                for l in 1...2 { for j in 1...16 { #expect(svg.contains("data-unit=\"\(l).\(j)\""), "\(l).\(j) at \(size)") } }
                #expect(!texts(figure.scene.nodes).contains { $0.text.hasSuffix(" more") }, "nothing elided at \(size)")
                // Inputs and outputs keep their names.
                let strings = Set(texts(figure.scene.nodes).map(\.text))
                #expect(strings.isSuperset(of: ["x₁", "x₂", "ŷ₁", "ŷ₂", "ŷ₃"]), "\(size) mini \(mini)")
                #expect(figure.scene.height < 1.5 * figure.scene.width)
            }
        }
    }

    @Test func zeroParametersAndBiasFreeLayersDrawNoLinkAndNoBiasNode() throws {
        // Notes 001 Problem 2's shape: ŷ = αᵀu without an output bias; one hidden weight exactly 0.
        let net = Network(name: "bias-free", inputNames: ["x1", "x2"], layers: [
            DenseLayer(weights: [[1, 0], [0.5, -1]], biases: [0, 1], activation: .relu),
            DenseLayer(weights: Matrix([[2, -3]]), activation: .identity),
        ])
        let figure = try FigureCatalog.require(.graph, FigureContext(model: Model(network: net, domain: [-1...1, -1...1])))
        let svg = SVGWriter.render(figure.scene)
        #expect(svg.contains("id=\"graph-bias-0\"") || svg.contains("bias-0"))
        #expect(!svg.contains("bias-1"), "the output layer has no bias, so the hidden column has no +1 node")
        #expect(texts(figure.scene.nodes).filter { $0.text == "+1" }.count == 1)
        // Links: W has 3 non-zero entries, b one (b₁ = 0), W^O two.
        #expect(svg.components(separatedBy: "class=\"link ").count - 1 == 6)
        #expect(figure.caption.contains("2 parameters are exactly 0"))
        #expect(figure.caption.contains("The output layer has no bias"))
        #expect(!weightLabelTexts(figure.scene.nodes).contains("0"))
    }

    @Test(arguments: ["xor", "triangle", "oneD"])
    func weightLabelsSitOnTheirOwnLinkAndTouchNoOther(name: String) throws {
        for size in [FigureSize.column, .page, .slide] {
            let context = FigureContext(model: FigureModels.named(name), theme: FigureTheme.light.sized(size),
                                        options: FigureOptions(showWeights: true))
            let figure = try FigureCatalog.require(.graph, context)
            let links = linkSegments(figure.scene.nodes)
            let labels = weightLabelBoxes(figure.scene.nodes)
            #expect(!labels.isEmpty)
            for label in labels {
                let own = try #require(links.first { $0.key == label.key }, "label \(label.text) has a link")
                // The centre is on the segment (distance under 0.01 pt).
                let (a, b) = (own.from, own.to), c = label.box.center
                let cross = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)
                let length = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
                #expect(abs(cross) / length < 0.01, "\(label.text) on its link in \(name) at \(size)")
                for other in links where other.key != label.key {
                    #expect(!WeightLabelPlacement.segment(other.from, other.to, meets: label.box),
                            "\(label.text) touches the link \(other.key) in \(name) at \(size)")
                }
            }
        }
    }

    @Test func automaticWeightLabelsOnlyWhereLegible() throws {
        let xor = try FigureCatalog.require(.graph, FigureContext(model: FigureModels.xorReLU, theme: FigureTheme.light.sized(.column)))
        #expect(weightLabelTexts(xor.scene.nodes).count == 7)
        #expect(xor.caption.contains("Numbers on the links are the weights."))
        // 33 links (the circles example's size) are over the automatic limit: no labels, and the caption says why.
        let net = Network(name: "eight units", inputNames: ["x1", "x2"], layers: [
            DenseLayer(weights: Array(repeating: [1, -1], count: 8), biases: Array(repeating: 0.5, count: 8), activation: .relu),
            DenseLayer(weights: [Array(repeating: 0.1, count: 8)], biases: [0.2], activation: .sigmoid),
        ])
        let eight = try FigureCatalog.require(.graph, FigureContext(model: Model(network: net, domain: [-1...1, -1...1]),
                                                                     theme: FigureTheme.light.sized(.column)))
        #expect(weightLabelTexts(eight.scene.nodes).isEmpty)
        #expect(eight.caption.contains("With 33 links the weights are not printed"))
    }

    @Test func miniPlotCaptionGivesTheColourScales() throws {
        // XOR on [−0.5, 1.5]²: the grid's cell centres reach x₁ = x₂ = 1.4896, so the inputs' m is 1.49,
        // h₁ = relu(x₁ + x₂) reaches 2.98 and h₂ = relu(x₁ + x₂ − 1) 1.98; ŷ = h₁ − 2h₂ spans −0.98 … 1 (x₁ + x₂ = 1).
        let figure = try FigureCatalog.require(.graph, FigureContext(model: FigureModels.xorReLU))
        #expect(figure.caption.contains("orange −m … white 0 … blue +m, m the unit's largest |value| (input: 1.5; hidden: 2 to 3; output: 1;"))
        let svg = SVGWriter.render(figure.scene)
        #expect(svg.contains("h₂ (mini-plot colours from −2 to +2)"))
        let print = try FigureCatalog.require(.graph, FigureContext(model: FigureModels.xorReLU, theme: .print))
        #expect(print.caption.contains("pale orange −m … white 0 … dark blue +m"))
    }
}

/// The text's bounding box from NNVizScene's DejaVu metrics (the same widths the backends use).
func labelBox(_ t: TextNode) -> (String, Rect) { (t.text, TextMetrics.bounds(of: t)) }

/// The texts of the weight labels (groups of class "weight").
func weightLabelTexts(_ nodes: [Node]) -> [String] { weightLabelBoxes(nodes).map(\.text) }

/// Weight labels with their "from-… to-…" key and text box (in the graph panel's coordinates).
func weightLabelBoxes(_ nodes: [Node]) -> [(key: String, text: String, box: Rect)] {
    nodes.flatMap { node -> [(key: String, text: String, box: Rect)] in
        guard case .group(let g) = node else { return [] }
        if g.info.classes.first == "weight", let text = texts(g.children).first {
            return [(g.info.classes.dropFirst().joined(separator: " "), text.text, TextBox.rect(text.text, text.font, center: text.position, padding: 1))]
        }
        return weightLabelBoxes(g.children)
    }
}

/// Link segments with their "from-… to-…" key.
func linkSegments(_ nodes: [Node]) -> [(key: String, from: Point, to: Point)] {
    nodes.flatMap { node -> [(key: String, from: Point, to: Point)] in
        switch node {
        case .group(let g): return linkSegments(g.children)
        case .path(let p) where p.info.classes.first == "link":
            let points = p.path.elements.compactMap { e -> Point? in
                switch e {
                case .move(let q), .line(let q): q
                default: nil
                }
            }
            guard points.count == 2 else { return [] }
            return [(p.info.classes.dropFirst(2).joined(separator: " "), points[0], points[1])]
        default: return []
        }
    }
}
