import NNVizEngine
import NNVizScene
import Testing
@testable import NNVizFigures

/// `steps` at every print size for every built-in example (those with a 1-D input draw it; the others must say
/// why not) and for hand-written deep, wide and multi-output nets: the canvas is exactly the print width and no
/// text is under the size's minimum, overlaps other text or leaves the canvas. Examples with a train: block are
/// drawn with their starting weights (same shapes as trained; training is not what this checks).
@Suite struct LegibilityStepsTests {
    static let sizes: [FigureSize] = [.column, .page, .slide]

    static var extraModels: [(String, Model)] {
        let deep = Network(name: "deep", inputNames: ["x"], layers: [
            DenseLayer(weights: [[1], [-1], [2]], biases: [0, 0.5, -1], activation: .relu),
            DenseLayer(weights: [[1, 1, -1], [-1, 0.5, 1], [0.5, -1, 1]], biases: [-0.5, 0.2, 0], activation: .relu),
            DenseLayer(weights: [[1, -1, 0.5]], biases: [0], activation: .identity),
        ])
        let twoOutputs = Network(name: "two outputs", inputNames: ["x"], layers: [
            DenseLayer(weights: [[1], [-1], [2]], biases: [-0.5, 0.2, -1], activation: .relu),
            DenseLayer(weights: [[1, 0.5, -1.2], [0.3, -1, 0.8]], biases: [0.1, 0], activation: .identity),
        ])
        let deepStep = Network(name: "deep step", inputNames: ["x"], layers: [
            DenseLayer(weights: [[1], [1], [-1]], biases: [-1, -3, 2], activation: .step),
            DenseLayer(weights: [[1, -1, 1], [-1, 2, 1]], biases: [-0.5, 0], activation: .step),
            DenseLayer(weights: [[1, -2]], biases: [0.5], activation: .sigmoid),
        ])
        return [("deep", Model(network: deep, domain: [-2...2])), ("two-outputs", Model(network: twoOutputs, domain: [-2...2])),
                ("deep-step", Model(network: deepStep, domain: [-1...5])), ("oneD", FigureModels.oneD)]
    }

    static func models() throws -> [(String, Model)] {
        try BuiltInExamples.names.map { ($0, try #require(BuiltInExamples.named($0)).load()) } + extraModels
    }

    @Test(arguments: sizes.map(\.label))
    func stepsIsLegibleAtEverySize(_ label: String) throws {
        let size = try #require(Self.sizes.first { $0.label == label })
        var drawn = 0
        for (name, model) in try Self.models() {
            for base in [FigureTheme.light, .print] {
                let theme = base.sized(size)
                switch FigureCatalog.build(.steps, FigureContext(model: model, theme: theme)) {
                case .figure(let figure):
                    drawn += 1
                    #expect(figure.scene.width == theme.size.width, "\(name) at \(label)")
                    let problems = Legibility.problems(figure.scene, minimumSize: size.minimumTextSize)
                    #expect(problems.isEmpty, "\(name) at \(label): \(problems.prefix(5))")
                case .skipped(let reason):
                    #expect(model.network.inputCount != 1 || !model.network.hasPiecewiseLinearHiddenUnits, "\(name): \(reason)")
                }
            }
        }
        #expect(drawn >= 2 * 7)
    }
}
