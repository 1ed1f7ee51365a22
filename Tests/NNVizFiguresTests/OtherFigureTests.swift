import Foundation
import NNVizEngine
import NNVizFigures
import NNVizSVG
import NNVizTestSupport
import Testing

@Suite struct ActivationsAndLossTests {
    @Test func activationsGolden() throws {
        let figure = try FigureCatalog.require(.activations, FigureContext(model: FigureModels.triangle))
        ArtifactWriter.write(figure, as: "activations-triangle")
        assertGolden(SVGWriter.render(figure.scene), named: "activations-step", in: goldenDirectory())
    }

    @Test func activationsListEveryDistinctActivation() throws {
        let figure = try FigureCatalog.require(.activations, FigureContext(model: FigureModels.wide))
        ArtifactWriter.write(figure, as: "activations-wide")
        let strings = texts(figure.scene.nodes).map(\.text)
        #expect(strings.contains("tanh: g(z) = tanh(z)"))
        #expect(strings.contains("sigmoid: g(z) = 1 / (1 + e⁻ᶻ)"))
        #expect(strings.contains("softmax, 2 classes: σ(z₁ − z₂)"))
        let xor = try FigureCatalog.require(.activations, FigureContext(model: FigureModels.xorReLU))
        ArtifactWriter.write(xor, as: "activations-xor")
        #expect(xor.caption.contains("relu (hidden), identity (output)"))
    }

    @Test func lossUsesLogScaleWhenTheRangeSpansDecades() throws {
        let decay = (0...200).map { 2 * exp(-Double($0) / 20) }
        var model = FigureModels.wide
        model.network.name = "decay"
        let history = LossHistory(trainLoss: decay, testLoss: decay.map { $0 * 1.3 }, trainAccuracy: decay.map { 1 - $0 / 2.2 },
                                  testAccuracy: decay.map { 1 - $0 / 2 }, snapshotEpochs: [0, 50, 200], lossName: "cross-entropy")
        let figure = try FigureCatalog.require(.loss, FigureContext(model: model, history: history))
        ArtifactWriter.write(figure, as: "loss-log")
        #expect(figure.altText.contains("logarithmic"))
        let strings = texts(figure.scene.nodes).map(\.text)
        #expect(strings.contains("Accuracy"))
        #expect(strings.contains("cross-entropy loss (log scale)"))
        let flat = LossHistory(trainLoss: [1, 0.8, 0.7], lossName: "mse")
        let linear = try FigureCatalog.require(.loss, FigureContext(model: FigureModels.xorReLU, history: flat))
        ArtifactWriter.write(linear, as: "loss-linear")
        #expect(!linear.altText.contains("logarithmic"))
        #expect(!texts(linear.scene.nodes).map(\.text).contains("Accuracy"))
    }
}
