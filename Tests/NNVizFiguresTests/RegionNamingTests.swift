import Foundation
import NNVizAnalysis
import NNVizEngine
import NNVizScene
import NNVizSVG
import Testing
@testable import NNVizFigures

/// The naming contract in the region figures (data-pattern, data-region, data-unit, data-epoch), the captions
/// that say what to look at, digit grouping, test points and the multi-output legend.
@Suite struct RegionNamingTests {
    static func example(_ name: String) throws -> Model { try #require(BuiltInExamples.named(name)).load() }

    /// Every node (groups flattened, groups included).
    static func nodes(_ nodes: [Node]) -> [Node] {
        nodes.flatMap { node -> [Node] in
            if case .group(let g) = node { return [node] + Self.nodes(g.children) }
            return [node]
        }
    }

    static func infos(_ scene: Scene) -> [NodeInfo] {
        nodes(scene.nodes).map { node in
            switch node {
            case .path(let p): p.info
            case .text(let t): t.info
            case .raster(let r): r.info
            case .group(let g): g.info
            }
        }
    }

    static func texts(_ scene: Scene) -> [String] {
        nodes(scene.nodes).compactMap { if case .text(let t) = $0 { return t.text } else { return nil } }
    }

    /// Each region polygon carries the pattern the analysis gives its region index, in the inspect bit format.
    @Test func regionPolygonsCarryTheirPatternAndIndex() throws {
        let model = try Self.example("threshold-triangle")
        let figure = try FigureCatalog.require(.regions, FigureContext(model: model))
        let r = try Regions2D.compute(network: model.network, domain: model.domain)
        let polygons = Self.infos(figure.scene).filter { $0.classes.contains("region") }
        #expect(polygons.count == r.regionCount)
        for info in polygons {
            let k = try #require(info.data["region"].flatMap(Int.init))
            #expect(info.data["pattern"] == PatternColors.label(r.pattern(of: k)))
        }
        let svg = SVGWriter.render(figure.scene)
        #expect(svg.contains("data-pattern=\"110\""))
    }

    /// Surface bands are pieces of regions: each names the region it was cut from and that region's pattern.
    @Test func surfaceBandsNameTheirRegion() throws {
        let model = try Self.example("xor-relu")
        let figure = try FigureCatalog.require(.surface, FigureContext(model: model))
        let r = try Regions2D.compute(network: model.network, domain: model.domain)
        let bands = Self.infos(figure.scene).filter { $0.classes.contains("band") }
        #expect(!bands.isEmpty)
        for info in bands {
            let k = try #require(info.data["region"].flatMap(Int.init))
            #expect(info.data["pattern"] == PatternColors.label(r.pattern(of: k)))
        }
        #expect(Set(bands.compactMap { $0.data["region"] }).count == r.regionCount)
    }

    /// Deep nets separate layers with "|" in data-pattern; unit lines carry data-unit "l.j" (1-based).
    @Test func unitLinesAndDeepPatternsFollowTheContract() throws {
        let net = Network(name: "deep", inputNames: ["x1", "x2"], layers: [
            DenseLayer(weights: [[1, 0], [0, 1]], biases: [0, 0], activation: .relu),
            DenseLayer(weights: [[1, -1]], biases: [-0.25], activation: .relu),
            DenseLayer(weights: [[1]], biases: [0], activation: .identity),
        ])
        let figure = try FigureCatalog.require(.regions, FigureContext(model: Model(network: net, domain: [-1...1, -1...1])))
        let infos = Self.infos(figure.scene)
        let lines = infos.filter { $0.classes.contains("unit-line") }.compactMap { $0.data["unit"] }
        #expect(lines.sorted() == ["1.1", "1.2"])
        #expect(infos.filter { $0.classes.contains("unit-boundary") }.compactMap { $0.data["unit"] } == ["2.1"])
        let patterns = Set(infos.filter { $0.classes.contains("region") }.compactMap { $0.data["pattern"] })
        #expect(patterns.allSatisfy { $0.count == 4 && $0.dropFirst(2).first == "|" })
        #expect(patterns.contains("11|1") && patterns.contains("00|0"))
        let patternsFigure = try FigureCatalog.require(.patterns, FigureContext(model: Model(network: net, domain: [-1...1, -1...1])))
        let panels = Self.infos(patternsFigure.scene).filter { $0.classes.contains("unit-panel") }.compactMap { $0.data["unit"] }
        #expect(panels == ["1.1", "1.2", "2.1"])
    }

    /// The legend names the line by its pre-activation, in the course notation.
    @Test func legendNamesTheLineZ() throws {
        let figure = try FigureCatalog.require(.regions, FigureContext(model: try Self.example("xor-relu")))
        let texts = Self.texts(figure.scene)
        #expect(texts.contains("line zⱼ = 0 of unit hⱼ"))
        #expect(!texts.contains { $0.contains("hⱼ = 0") })
    }

    @Test func snapshotDotsCarryTheirEpoch() throws {
        let model = try Self.example("xor-relu")
        let history = LossHistory(trainLoss: [1, 0.5, 0.25], snapshotEpochs: [0, 2], lossName: "mse",
                                  snapshots: [TrainingSnapshot(epoch: 0, network: model.network), TrainingSnapshot(epoch: 2, network: model.network)])
        let figure = try FigureCatalog.require(.regions, FigureContext(model: model, history: history))
        let epochs = Self.infos(figure.scene).filter { $0.classes.contains("snapshot-count") }.compactMap { $0.data["epoch"] }
        #expect(epochs == ["0", "2"])
    }

    @Test func largeNumbersAreGrouped() {
        #expect(LabelFormat.grouped(550_731_776) == "550,731,776")
        #expect(LabelFormat.grouped(999) == "999")
        #expect(LabelFormat.grouped(1000) == "1,000")
        #expect(LabelFormat.grouped(0) == "0")
        #expect(LabelFormat.grouped(-1234) == "\u{2212}1,234")
    }

    /// Lines x1 = 0 and x1 + x2 = 3 on [−1, 1]²: they meet at (0, 3), outside the box, so 3 of at most 4 regions.
    @Test func captionSaysWhyRegionsAreMissing() throws {
        let net = Network(name: "outside", inputNames: ["x1", "x2"], layers: [
            DenseLayer(weights: [[1, 0], [1, 1]], biases: [0, -1.5], activation: .relu),
            DenseLayer(weights: [[1, 1]], biases: [0], activation: .identity),
        ])
        let figure = try FigureCatalog.require(.regions, FigureContext(model: Model(network: net, domain: [-1...1, -1...1])))
        #expect(figure.caption.hasPrefix("Here 3 regions of at most 4 because 1 pair of lines meets outside the box."))
        let parallel = try FigureCatalog.require(.regions, FigureContext(model: try Self.example("xor-relu")))
        #expect(parallel.caption.contains("the lines of h₁ and h₂ are parallel"))
    }

    /// Notes 001 Problem 2: the test point x = 3.5 (class 1) is drawn hollow; the 1-D figure of a two-output net
    /// has a legend naming ŷ₁ and ŷ₂.
    @Test func oneDimensionalFigureDrawsTestPointsAndOutputs() throws {
        var model = try Self.example("threshold-table")
        model.data?.testInputs = Matrix([[3.5]])
        model.data?.testTargets = [1]
        let figure = try FigureCatalog.require(.regions, FigureContext(model: model))
        let tests = Self.infos(figure.scene).filter { $0.classes.contains("test") }
        #expect(tests.compactMap(\.tooltip) == ["test (3.5, 1)"])
        #expect(Self.texts(figure.scene).contains("test points (hollow)"))
        let two = Network(name: "two", inputNames: ["x"], layers: [
            DenseLayer(weights: [[1], [-1]], biases: [0, 0.5], activation: .relu),
            DenseLayer(weights: [[1, 0], [0, 1]], biases: [0, 0], activation: .identity),
        ])
        let twoFigure = try FigureCatalog.require(.regions, FigureContext(model: Model(network: two, domain: [-1...1])))
        #expect(Self.texts(twoFigure.scene).contains("ŷ₁") && Self.texts(twoFigure.scene).contains("ŷ₂"))
        #expect(twoFigure.caption.hasPrefix("Here 3 intervals of at most 3: every unit switches once inside the domain"))
    }

    /// Every interval of a long pattern gets a label in the strip (its pattern, else a number keyed under the plot).
    @Test func everyIntervalThatHasRoomIsLabelled() throws {
        let units = 12
        let net = Network(name: "wide", inputNames: ["x"], layers: [
            DenseLayer(weights: (0..<units).map { _ in [1] }, biases: (0..<units).map { -Double($0) / Double(units) }, activation: .relu),
            DenseLayer(weights: [(0..<units).map { $0 % 2 == 0 ? 1 : -1 }], biases: [0], activation: .identity),
        ])
        let model = Model(network: net, domain: [-0.5...1.5])
        let figure = try FigureCatalog.require(.regions, FigureContext(model: model, theme: FigureTheme.light.sized(.column)))
        let infos = Self.infos(figure.scene)
        let labelled = Set(infos.filter { $0.classes.contains("pattern-label") }.compactMap { $0.data["region"] })
        let regions = infos.filter { $0.classes.contains("region") }.count
        #expect(regions == units + 1)
        // An interval without a label in the strip has its pattern in the key under the plot.
        let key = Self.texts(figure.scene).filter { $0.contains(" on [") }.joined(separator: " ")
        for info in infos where info.classes.contains("region") {
            let k = try #require(info.data["region"]), pattern = try #require(info.data["pattern"])
            #expect(labelled.contains(k) || key.contains(pattern), "interval \(k) (\(pattern)) has neither a label nor a key entry")
        }
    }
}
