import NNVizEngine
import NNVizFigures
import NNVizScene
import NNVizSVG
import Testing

/// Dead and always-on hidden units are flagged in the graph (issue 4): by a ring, a class, a legend line and the caption.
@Suite struct GraphUnitFlagTests {
    /// XOR's two units plus h₃ = relu(x1 + x2 − 10), never on in [−0.5, 1.5]², and h₄ = relu(x1 + x2 + 10), always on.
    static let model: Model = {
        let hidden = DenseLayer(weights: [[1, 1], [1, 1], [1, 1], [1, 1]], biases: [0, -1, -10, 10], activation: .relu)
        let output = DenseLayer(weights: [[1, -2, 1, 0.5]], biases: [0], activation: .identity)
        let net = Network(name: "flags", inputNames: ["x1", "x2"], layers: [hidden, output])
        return Model(network: net, domain: [-0.5...1.5, -0.5...1.5])
    }()

    @Test func deadAndAlwaysOnUnitsAreRingedAndExplained() throws {
        for mini in [true, false] {
            var options = FigureOptions()
            options.miniPlots = mini
            let figure = try FigureCatalog.require(.graph, FigureContext(model: Self.model, options: options))
            let svg = SVGWriter.render(figure.scene)
            #expect(svg.components(separatedBy: "class=\"unit-flag dead\"").count == 2)
            #expect(svg.components(separatedBy: "class=\"unit-flag always-on\"").count == 2)
            #expect(svg.contains("h₃: dead (off everywhere in the domain)"))
            #expect(svg.contains("h₄: always on in the domain"))
            #expect(figure.caption.contains("1 dead unit (dashed ring), 1 always-on unit (solid ring)"))
            let strings = texts(figure.scene.nodes).map(\.text)
            #expect(strings.contains("dashed ring: dead unit (never on)"))
            #expect(strings.contains("solid ring: unit always on"))
        }
    }

    @Test func switchingUnitsAreNotFlagged() throws {
        let figure = try FigureCatalog.require(.graph, FigureContext(model: FigureModels.xorReLU))
        let svg = SVGWriter.render(figure.scene)
        #expect(!svg.contains("unit-flag"))
        #expect(!figure.caption.contains("Flagged"))
    }
}
