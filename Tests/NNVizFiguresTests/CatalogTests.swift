import NNVizEngine
import NNVizFigures
import Testing

@Suite struct CatalogTests {
    @Test func namesMatchDesignTable() {
        #expect(FigureName.allCases.map(\.rawValue) == ["graph", "activations", "loss", "steps", "regions", "patterns", "surface",
                                                        "boundary", "lines", "compare", "collapse", "warp", "svd", "filmstrip", "computation"])
    }

    @Test func parseListRejectsUnknownNamesListingValidOnes() throws {
        #expect(try FigureName.parseList("loss, graph,,graph") == [.graph, .loss])
        #expect(throws: FigureError.unknownFigure("grpah")) { try FigureName.parseList("graph,grpah") }
        #expect(FigureError.unknownFigure("grpah").description.contains("graph, activations, loss"))
    }

    @Test func buildAllSkipsWithReasons() {
        let outcomes = FigureCatalog.buildAll(FigureContext(model: FigureModels.xorReLU))
        #expect(outcomes.map(\.0) == FigureName.allCases)
        for (name, outcome) in outcomes {
            switch name {
            case .graph, .activations, .regions, .patterns, .surface: #expect(outcome.figure != nil, "\(name) should be drawn")
            default: #expect(outcome.skipReason?.isEmpty == false, "\(name) should be skipped with a reason")
            }
        }
        #expect(outcomes[2].1.skipReason?.contains("not trained") == true)
    }

    @Test func askingByNameForAFigureThatDoesNotApplyThrows() {
        let context = FigureContext(model: FigureModels.xorReLU)
        #expect(throws: FigureError.self) { try FigureCatalog.build([.graph, .loss], context) }
        do {
            _ = try FigureCatalog.require(.loss, context)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("Figure 'loss' cannot be drawn for this model: "))
        }
    }
}
