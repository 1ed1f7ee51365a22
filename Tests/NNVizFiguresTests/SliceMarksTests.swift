import NNVizAnalysis
import NNVizEngine
import NNVizScene
import Testing
@testable import NNVizFigures

/// A plane slice in the 2-D figures: the three points marked where the slice puts them, data faded by distance.
@Suite struct SliceMarksTests {
    static func paths(_ nodes: [Node]) -> [PathNode] {
        nodes.flatMap { node -> [PathNode] in
            switch node {
            case .path(let p): [p]
            case .group(let g): paths(g.children)
            default: []
            }
        }
    }

    @Test func irisRegionsMarkThePlanePointsAndFadeFarData() throws {
        let model = try #require(try BuiltInExamples.named("iris")?.load()).sliced()
        let view = try #require(model.sliceView)
        let figure = try #require(FigureCatalog.build(.regions, FigureContext(model: model, theme: .light.sized(.column))).figure)
        let crosses = Self.paths(figure.scene.nodes).filter { $0.info.classes.contains("slice-point") }
        #expect(crosses.count == 3)
        // p₀ is the origin of the plane coordinates; each tooltip gives the point back in input space.
        #expect(view.pointCoordinates[0] == [0, 0])
        #expect(crosses[0].info.tooltip?.hasPrefix("p₀ = (") == true)
        #expect(figure.caption.contains("plane through p₀, p₁, p₂"))
        // Opacity falls with distance: full near the plane, the floor at the farthest point.
        let farthest = (view.dataDistances + view.testDistances).max() ?? 0
        #expect(farthest > 0)
        #expect(SliceMarks.opacity(distance: 0, maximum: farthest) == 1)
        #expect(SliceMarks.opacity(distance: farthest, maximum: farthest) == SliceMarks.faintest)
        let faded = Self.paths(figure.scene.nodes).filter { $0.info.classes.contains("point") && ($0.fill?.alpha ?? 1) < 1 }
        #expect(!faded.isEmpty)
        #expect(Legibility.problems(figure.scene, minimumSize: 7).isEmpty)
    }

    @Test func unslicedModelsHaveNoMarks() throws {
        let model = try #require(try BuiltInExamples.named("xor-relu")?.load())
        let figure = try #require(FigureCatalog.build(.regions, FigureContext(model: model)).figure)
        #expect(Self.paths(figure.scene.nodes).allSatisfy { !$0.info.classes.contains("slice-point") })
        #expect(SliceMarks.sentence(model).isEmpty)
    }
}
