import Foundation
import NNVizEngine
import NNVizScene
import NNVizSVG
import Testing
@testable import NNVizFigures

/// `regions`, `patterns` and `surface` of every built-in example at every print size: the canvas is exactly the
/// print width, no text is under the size's minimum, overlaps another text or leaves the canvas.
@Suite struct LegibilityRegionsTests {
    static let figures: [FigureName] = [.regions, .patterns, .surface]

    /// The example with its network as drawn: examples that need training are trained briefly (40 epochs, with
    /// snapshots at 0, 20 and 40 so the region-count panel is drawn too).
    static func context(_ name: String, size: FigureSize) throws -> FigureContext {
        var model = try #require(BuiltInExamples.named(name)).load()
        var history: LossHistory? = nil
        if model.needsTraining || model.training != nil {
            if var config = model.training {
                config.epochs = 40
                config.snapshots = [0, 20, 40]
                model.training = config
                let run = try model.trained()
                model = run.model
                history = LossHistory(run.history, config: config)
            }
        }
        return FigureContext(model: model, history: history, theme: FigureTheme.light.sized(size))
    }

    static let cases: [(String, String)] = BuiltInExamples.names.flatMap { n in ["column", "page", "slide"].map { (n, $0) } }

    @Test(arguments: cases)
    func figuresAreLegible(_ example: String, _ sizeName: String) throws {
        let size = try FigureSize.parse(sizeName)
        let context = try Self.context(example, size: size)
        for name in Self.figures {
            guard let figure = FigureCatalog.build(name, context).figure else { continue }
            #expect(figure.scene.width == size.width, "\(name) of \(example) at \(sizeName) is \(figure.scene.width) pt wide")
            let problems = Legibility.problems(figure.scene, minimumSize: size.minimumTextSize)
            #expect(problems.isEmpty, "\(name) of \(example) at \(sizeName): \(problems.map(\.description).joined(separator: "; "))")
        }
    }
}
