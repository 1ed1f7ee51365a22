import NNVizEngine
import NNVizScene
import Testing
@testable import NNVizFigures

/// Every built-in example's graph, activations and loss figures at column, page and slide width: the canvas is
/// exactly the print width and nothing is too small, overlapping or off the canvas (`Legibility.problems`).
@Suite struct LegibilityGraphTests {
    static let sizes: [FigureSize] = [.column, .page, .slide]

    /// The example as drawn; examples that train get a short run (at most 40 epochs, snapshots kept inside it),
    /// which is enough for a loss history with snapshots and keeps the test fast.
    static func model(_ name: String) throws -> (Model, LossHistory?) {
        let model = try #require(BuiltInExamples.named(name)).load()
        guard model.needsTraining, var config = model.training else { return (model, nil) }
        config.epochs = min(config.epochs, 40)
        config.snapshots = config.snapshots.filter { $0 <= config.epochs } + [config.epochs]
        var short = model
        short.training = config
        let (trained, history) = try short.trained()
        return (trained, LossHistory(history, config: config))
    }

    @Test(arguments: BuiltInExamples.names)
    func graphActivationsAndLossAreLegibleAtEverySize(name: String) throws {
        let (model, history) = try Self.model(name)
        let analysis = FigureContext.analyse(model, history: nil)
        for size in Self.sizes {
            for theme in [FigureTheme.light.sized(size), FigureTheme.print.sized(size)] {
                let context = FigureContext(model: model, history: history, analysis: analysis, theme: theme)
                for figureName in [FigureName.graph, .activations, .loss] {
                    guard let figure = FigureCatalog.build(figureName, context).figure else {
                        #expect(figureName == .loss && history == nil, "\(figureName) of \(name) was skipped")
                        continue
                    }
                    #expect(figure.scene.width == size.width, "\(figureName) of \(name) at \(size)")
                    let problems = Legibility.problems(figure.scene, minimumSize: size.minimumTextSize)
                    #expect(problems.isEmpty, "\(figureName) of \(name) at \(size), \(theme.name): \(problems)")
                }
            }
        }
    }

    @Test(arguments: BuiltInExamples.names)
    func graphWithoutMiniPlotsAndWithEveryWeightLabelIsLegible(name: String) throws {
        let (model, _) = try Self.model(name)
        for size in Self.sizes {
            for options in [FigureOptions(showWeights: true, miniPlots: false), FigureOptions(showWeights: true, miniPlots: true)] {
                let context = FigureContext(model: model, theme: FigureTheme.light.sized(size), options: options)
                let figure = try FigureCatalog.require(.graph, context)
                #expect(figure.scene.width == size.width)
                let problems = Legibility.problems(figure.scene, minimumSize: size.minimumTextSize)
                #expect(problems.isEmpty, "graph of \(name) at \(size), \(options): \(problems)")
            }
        }
    }
}
