import Foundation
import NNVizEngine
import NNVizSVG
import NNVizTestSupport
import NNVizScene
import Testing
@testable import NNVizFigures

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
        #expect(strings.contains("tanh") && strings.contains("g(z) = tanh(z)"))
        #expect(strings.contains("sigmoid") && strings.contains("g(z) = 1 / (1 + exp(−z))"))
        // The wide model has 3 output classes: the softmax panel says so (it used to say "2 classes").
        #expect(strings.contains { $0.hasPrefix("softmax, 3 classes") })
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

    @Test func snapshotLabelsAreAllKeptEvenNextToEpochZero() throws {
        // The spiral's snapshots (0, 50, 200, 2000 of 2000 epochs): at column width 0 and 50 are closer than
        // their labels are wide, so 50 goes to a second row instead of being dropped.
        let losses = (0...2000).map { 1.1 * exp(-Double($0) / 300) + 0.05 }
        let history = LossHistory(trainLoss: losses, trainAccuracy: losses.map { 1 - $0 / 2 }, snapshotEpochs: [0, 50, 200, 2000],
                                  lossName: "cross-entropy")
        for size in [FigureSize.column, .page, .slide] {
            let figure = try FigureCatalog.require(.loss, FigureContext(model: FigureModels.wide, history: history,
                                                                        theme: FigureTheme.light.sized(size)))
            let labels = snapshotLabelTexts(figure.scene.nodes)
            // Each of the two panels numbers all four snapshots.
            #expect(labels.filter { $0 == "0" }.count == 2 && labels.filter { $0 == "50" }.count == 2, "\(size)")
            #expect(labels.filter { $0 == "200" }.count == 2 && labels.filter { $0 == "2,000" }.count == 2, "\(size)")
            #expect(Legibility.problems(figure.scene, minimumSize: size.minimumTextSize).isEmpty)
            #expect(figure.scene.width == size.width)
            #expect(figure.caption.contains("snapshots at epochs 0, 50, 200, 2,000"))
        }
    }

    @Test func captionsSayWhatToLookAtInThisRun() throws {
        // Test loss lowest at epoch 40 (0.2) and rising to 0.5 by epoch 100: the caption says so, with the numbers.
        let train: [Double] = (0...100).map { (e: Int) -> Double in 1.0 - Double(e) * 0.009 }
        let test: [Double] = (0...100).map { (e: Int) -> Double in
            let x = Double(e)
            return e <= 40 ? 1.0 - x * 0.02 : 0.2 + (x - 40) * 0.005
        }
        let history = LossHistory(trainLoss: train, testLoss: test, snapshotEpochs: [0], lossName: "mse")
        let loss = try FigureCatalog.require(.loss, FigureContext(model: FigureModels.xorReLU, history: history))
        #expect(loss.caption.contains("Over 100 epochs the training loss goes from 1 to 0.1"))
        #expect(loss.caption.contains("the test loss is lowest (0.2) at epoch 40 and rises after it"))
        #expect(loss.caption.contains("Dotted lines mark the snapshot at epoch 0 "))
        // A falling test loss gets no such sentence.
        let falling = LossHistory(trainLoss: train, testLoss: train, lossName: "mse")
        #expect(!(try FigureCatalog.require(.loss, FigureContext(model: FigureModels.xorReLU, history: falling))).caption.contains("lowest"))
        // Activations: one sentence per activation used, about this activation.
        let acts = try FigureCatalog.require(.activations, FigureContext(model: FigureModels.wide))
        #expect(acts.caption.contains("tanh′ is largest, 1, at z = 0."))
        #expect(acts.caption.contains("sigmoid′ is largest, 0.25, at z = 0."))
        #expect(acts.caption.contains("u₁(0) = 1/3"))
        #expect(!acts.caption.contains("relu"), "no boilerplate about activations the model does not use")
    }

    @Test func activationCurvesStayOffTheFrameAndTheDerivativeIsDrawnOnTop() throws {
        let theme = FigureTheme.light.sized(.column)
        for a in [Activation.step, .relu, .sigmoid] {
            let panel = ActivationPanel(activation: a, roles: "hidden", classes: 2)
            // The y domain is padded beyond the curves' extremes (step's g = 1 used to lie on the top frame).
            let plot = panel.plot(theme)
            #expect(plot.yDomain.1 > 1 && plot.yDomain.0 < 0, "\(a)")
            // g′ comes after g in drawing order, so where both are 0 the dashed g′ shows on the wider g.
            let classes = panel.draw(in: Rect(x: 0, y: 0, width: 200, height: panel.height(width: 200, theme: theme)), theme: theme)
                .flatMap(pathClasses)
            let g = try #require(classes.firstIndex(of: "function")), d = try #require(classes.firstIndex(of: "derivative"))
            #expect(g < d)
        }
        // Softmax with K = 3 and the other logits at 0: u₁(0) = 1/3, and the derivative u₁(1 − u₁) = 2/9 there.
        let (g, d) = ActivationPanel(activation: .softmax, roles: "output", classes: 3).curves()
        let atZero = try #require(g.first { abs($0.0) < 1e-12 }), slope = try #require(d.first { abs($0.0) < 1e-12 })
        #expect(abs(atZero.1 - 1.0 / 3) < 1e-12 && abs(slope.1 - 2.0 / 9) < 1e-12)
    }
}

/// The snapshot epoch labels above the loss panels.
func snapshotLabelTexts(_ nodes: [Node]) -> [String] {
    nodes.flatMap { node -> [String] in
        guard case .group(let g) = node else { return [] }
        return g.info.classes.contains("snapshot-labels") ? texts(g.children).map(\.text) : snapshotLabelTexts(g.children)
    }
}

/// The first class of every path, in drawing order.
func pathClasses(_ node: Node) -> [String] {
    switch node {
    case .group(let g): g.children.flatMap(pathClasses)
    case .path(let p): p.info.classes.first.map { [$0] } ?? []
    default: []
    }
}
