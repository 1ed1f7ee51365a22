import Foundation
import NNVizAnalysis
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

    /// The fallbacks no built-in example reaches: the sampled region map (past the region limit) and the sampled
    /// surface of a smooth net.
    @Test(arguments: ["column", "page", "slide"])
    func sampledFiguresAreLegible(_ sizeName: String) throws {
        let size = try FigureSize.parse(sizeName)
        let theme = FigureTheme.light.sized(size)
        let xor = try #require(BuiltInExamples.named("xor-relu")).load()
        guard case .sampled(let s, let limit) = RegionResult.compute(xor.network, domain: xor.domain, limit: 2),
              let regions = RegionsFigure.buildSampled(s, limit: limit, FigureContext(model: xor, theme: theme)).figure else {
            Issue.record("expected the sampled region map")
            return
        }
        let surface = try FigureCatalog.require(.surface, FigureContext(model: FigureModels.wide, theme: theme))
        for figure in [regions, surface] {
            #expect(figure.scene.width == size.width)
            let problems = Legibility.problems(figure.scene, minimumSize: size.minimumTextSize)
            #expect(problems.isEmpty, "\(figure.name) at \(sizeName): \(problems.map(\.description).joined(separator: "; "))")
        }
    }
}
