import Foundation
import NNVizAnalysis
import NNVizEngine
import NNVizScene
import NNVizSVG
import NNVizTestSupport
import Testing
@testable import NNVizFigures

/// The region figures (`regions`, `steps`, `surface`, `patterns`) against the exact analysis and the seeds' answers.
@Suite struct RegionFigureTests {
    static func example(_ name: String) throws -> Model {
        try #require(BuiltInExamples.named(name)).load()
    }

    static func figure(_ name: FigureName, _ model: Model, history: LossHistory? = nil) throws -> Figure {
        try FigureCatalog.require(name, FigureContext(model: model, history: history))
    }

    /// Every path node in the scene (groups flattened), with the transform-free coordinates figures use.
    static func paths(_ nodes: [Node]) -> [PathNode] {
        nodes.flatMap { node -> [PathNode] in
            switch node {
            case .path(let p): return [p]
            case .group(let g): return paths(g.children)
            default: return []
            }
        }
    }

    static func texts(_ nodes: [Node]) -> [String] {
        nodes.flatMap { node -> [String] in
            switch node {
            case .text(let t): return [t.text]
            case .group(let g): return texts(g.children)
            default: return []
            }
        }
    }

    static func group(_ nodes: [Node], id: String) -> GroupNode? {
        for node in nodes {
            if case .group(let g) = node {
                if g.info.id == id { return g }
                if let found = group(g.children, id: id) { return found }
            }
        }
        return nil
    }

    static func vertices(_ path: Path) -> [Point] {
        path.elements.compactMap { e -> Point? in
            switch e {
            case .move(let p), .line(let p): return p
            default: return nil
            }
        }
    }

    static func area(_ p: [Point]) -> Double {
        abs(p.indices.reduce(0.0) { s, i in let a = p[i], b = p[(i + 1) % p.count]; return s + a.x * b.y - b.x * a.y }) / 2
    }

    static func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func regionsGoldenXorRelu() throws {
        let figure = try Self.figure(.regions, Self.example("xor-relu"))
        ArtifactWriter.write(figure, as: "regions-xor-relu")
        assertGolden(SVGWriter.render(figure.scene), named: "regions-xor-relu", in: goldenDirectory())
        #expect(figure.caption.hasPrefix("Here 3 regions of at most 4 because the lines of h₁ and h₂ are parallel."))
        #expect(Self.texts(figure.scene.nodes).first == "3 regions (bound 4), 3 patterns, 3 linear pieces")
    }

    @Test func stepsGoldenThresholdTable() throws {
        let figure = try Self.figure(.steps, Self.example("threshold-table"))
        ArtifactWriter.write(figure, as: "steps-threshold-table")
        assertGolden(SVGWriter.render(figure.scene), named: "steps-threshold-table", in: goldenDirectory())
    }

    /// The figure draws one polygon (2-D) or strip cell (1-D) of class "region" per region the analysis counts.
    @Test(arguments: ["xor-relu", "threshold-triangle", "threshold-1d", "threshold-table", "circles-relu", "sine"])
    func regionShapesMatchTheAnalysisCount(_ name: String) throws {
        let model = try Self.example(name)
        let svg = SVGWriter.render(try Self.figure(.regions, model).scene)
        let summary = try #require(RegionSummary.summary(for: model))
        let shapes = Self.occurrences(of: "class=\"region\"", in: svg) + Self.occurrences(of: "class=\"region ", in: svg)
        #expect(shapes == summary.count)
        #expect(svg.contains("\(summary.count) region\(summary.count == 1 ? "" : "s") (bound \(summary.bounds.zaslavsky ?? summary.bounds.upper))"))
    }

    /// Seeds 001, Problem 3: ŷ = 1 exactly on the triangle x1 ≥ 0, x2 ≥ 0, x1 + x2 < 1. The class-1 polygons of the
    /// surface lie in the triangle and cover area 0.5 (in input units), so they are the triangle up to a null set.
    @Test func triangleClassOneSetIsTheTriangle() throws {
        let figure = try Self.figure(.surface, Self.example("threshold-triangle"))
        ArtifactWriter.write(figure, as: "surface-threshold-triangle")
        let bands = Self.paths(figure.scene.nodes).filter { $0.info.classes.contains("band") }
        let all = bands.flatMap { Self.vertices($0.path) }
        let minX = try #require(all.map(\.x).min()), maxX = try #require(all.map(\.x).max())
        let minY = try #require(all.map(\.y).min()), maxY = try #require(all.map(\.y).max())
        // Bands tile the box [−0.5, 1.5]²: canvas → input by the box's corners.
        func input(_ p: Point) -> (Double, Double) {
            (-0.5 + 2 * (p.x - minX) / (maxX - minX), 1.5 - 2 * (p.y - minY) / (maxY - minY))
        }
        let classOne = bands.filter { $0.info.classes.contains("class-1") }
        #expect(!classOne.isEmpty)
        var area = 0.0
        for band in classOne {
            let pts = Self.vertices(band.path).map(input)
            for (x1, x2) in pts { #expect(x1 >= -1e-9 && x2 >= -1e-9 && x1 + x2 <= 1 + 1e-9) }
            area += Self.area(pts.map { Point($0.0, $0.1) })
        }
        #expect(abs(area - 0.5) < 1e-9)
        let total = bands.reduce(0.0) { $0 + Self.area(Self.vertices($1.path).map(input).map { Point($0.0, $0.1) }) }
        #expect(abs(total - 4) < 1e-9)
    }

    /// Seeds 001, Problem 1: the hidden units switch at x = 1 (h₁: z = x − 1) and x = 3 (h₂: z = x − 3).
    @Test func stepsMarksTheJointsOfThresholdOneD() throws {
        let figure = try Self.figure(.steps, Self.example("threshold-1d"))
        ArtifactWriter.write(figure, as: "steps-threshold-1d")
        let joints = Self.paths(figure.scene.nodes).filter { $0.info.classes.contains("joint") }
        #expect(Set(joints.compactMap(\.info.tooltip)) == ["joint of h₁ at x = 1", "joint of h₂ at x = 3"])
        let sum = try #require(Self.group(figure.scene.nodes, id: "step4-sum"))
        let cells = Self.paths(sum.children).filter { $0.info.classes.contains("interval") }.flatMap { Self.vertices($0.path) }
        let left = try #require(cells.map(\.x).min()), right = try #require(cells.map(\.x).max())
        let xs = Set(Self.paths(sum.children).filter { $0.info.classes.contains("joint") }.flatMap { Self.vertices($0.path).map(\.x) })
        let inputs = xs.map { -1 + 6 * ($0 - left) / (right - left) }.sorted()
        #expect(inputs.count == 2)
        #expect(inputs.indices.allSatisfy { abs(inputs[$0] - [1.0, 3.0][$0]) < 1e-9 })
        #expect(Self.texts(figure.scene.nodes).filter { $0 == "h₁" || $0 == "h₂" }.count >= 2)
    }

    /// A deep 1-D net worked by hand: layer 1 switches at x = 0 (h₁) and x = 0.5 (h₂ and h₃ together); layer 2 adds
    /// x = 0.3 and 0.8 (h₂⁽²⁾: 0.45 − 1.5x on [0, 0.5], x − 0.8 beyond) and x = 1/3 (h₃⁽²⁾: 1.5x − 0.5 on [0, 0.5]).
    @Test func stepsOfADeepNetShowTheJointsLayerByLayer() throws {
        let net = Network(name: "deep", inputNames: ["x"], layers: [
            DenseLayer(weights: [[1], [-1], [2]], biases: [0, 0.5, -1], activation: .relu),
            DenseLayer(weights: [[1, 1, -1], [-1, 0.5, 1], [0.5, -1, 1]], biases: [-0.5, 0.2, 0], activation: .relu),
            DenseLayer(weights: [[1, -1, 0.5]], biases: [0], activation: .identity),
        ])
        let figure = try Self.figure(.steps, Model(network: net, domain: [-2...2]))
        ArtifactWriter.write(figure, as: "steps-deep")
        func tips(_ id: String) throws -> Set<String> {
            let g = try #require(Self.group(figure.scene.nodes, id: id))
            return Set(Self.paths(g.children).filter { $0.info.classes.contains("joint") }.compactMap(\.info.tooltip))
        }
        #expect(try tips("layer-1") == ["joint of h₁⁽¹⁾ at x = 0", "joint of h₂⁽¹⁾,h₃⁽¹⁾ at x = 0.5"])
        let xs = try tips("layer-2").map { $0.components(separatedBy: "x = ").last ?? "" }.sorted()
        #expect(xs == ["0", "0.3", "0.333", "0.5", "0.8"])
        #expect(try tips("output") == tips("layer-2"))
    }

    @Test func figuresSayWhyTheyDoNotApply() throws {
        let xor = FigureContext(model: try Self.example("xor-relu"))
        #expect(FigureCatalog.build(.steps, xor).skipReason?.contains("1-D input") == true)
        let oneD = FigureContext(model: try Self.example("threshold-1d"))
        #expect(FigureCatalog.build(.surface, oneD).skipReason?.contains("2-D input") == true)
        let tanh = FigureContext(model: FigureModels.wide)
        #expect(FigureCatalog.build(.regions, tanh).skipReason?.contains("piecewise-linear hidden units") == true)
        #expect(FigureCatalog.build(.patterns, tanh).skipReason != nil)
        #expect(FigureCatalog.build(.surface, tanh).figure?.caption.hasPrefix("Sampled, not exact") == true)
        let collapse = FigureContext(model: try Self.example("linear-collapse"))
        #expect(FigureCatalog.build(.patterns, collapse).skipReason?.contains("identity") == true)
        // Nothing switches in an identity-hidden net, and a net without a hidden layer is one affine map.
        #expect(FigureCatalog.build(.regions, collapse).skipReason?.contains("collapse figure") == true)
        let linear = Network(name: "linear", inputNames: ["x1", "x2"], layers: [DenseLayer(weights: [[1, 2]], biases: [0], activation: .identity)])
        #expect(FigureCatalog.build(.regions, FigureContext(model: Model(network: linear, domain: [-1...1, -1...1])))
            .skipReason?.contains("no hidden layer") == true)
    }

    /// One unit always on in [−1, 1]² (z = x1 + 10), one dead (z = −x1 − 10), one switching (z = x2).
    @Test func patternsFlagDeadAndAlwaysOnUnits() throws {
        let net = Network(name: "flags", inputNames: ["x1", "x2"], layers: [
            DenseLayer(weights: [[1, 0], [-1, 0], [0, 1]], biases: [10, -10, 0], activation: .relu),
            DenseLayer(weights: [[1, 1, 1]], biases: [0], activation: .identity),
        ])
        let model = Model(network: net, domain: [-1...1, -1...1])
        let units = try #require(NetworkAnalysis(network: net, domain: model.domain).units)
        #expect(units.entries.map(\.activity) == [.alwaysOn, .dead, .switching])
        #expect(units.dead == ["1.2"] && units.alwaysOn == ["1.1"])
        let figure = try Self.figure(.patterns, model)
        ArtifactWriter.write(figure, as: "patterns-flags")
        let titles = Self.texts(figure.scene.nodes)
        #expect(titles.contains("h₁ · always on"))
        #expect(titles.contains("h₂ · dead"))
        #expect(titles.contains("h₃"))
        #expect(figure.caption.contains("h₂ is dead (never on in the domain"))
        #expect(figure.caption.contains("h₁ is always on (linear there"))
        // The switching unit's on-set is the upper half of the box: half the area of the always-on unit's.
        let onSets = Self.paths(figure.scene.nodes).filter { $0.info.classes.contains("on-set") }
        #expect(onSets.count == 2)
        let areas = onSets.map { Self.area(Self.vertices($0.path)) }
        #expect(abs(areas[1] / areas[0] - 0.5) < 1e-9)
    }

    @Test func regionCountPanelShowsEverySnapshot() throws {
        let model = try Self.example("xor-relu")
        var grown = model.network
        grown.layers[0].weights = Matrix([[1, 1], [1, -1]])
        grown.layers[0].biases = [0, 0]  // lines x1 + x2 = 0 and x1 = x2 cross at the origin: 4 regions
        let history = LossHistory(trainLoss: [1, 0.5, 0.25], snapshotEpochs: [0, 2], lossName: "mse",
                                  snapshots: [TrainingSnapshot(epoch: 0, network: model.network), TrainingSnapshot(epoch: 2, network: grown)])
        let figure = try Self.figure(.regions, model, history: history)
        ArtifactWriter.write(figure, as: "regions-snapshots")
        let dots = Self.paths(figure.scene.nodes).filter { $0.info.classes.contains("snapshot-count") }
        #expect(dots.compactMap(\.info.tooltip) == ["epoch 0: 3 regions", "epoch 2: 4 regions"])
        #expect(figure.caption.contains("3 (epoch 0), 4 (epoch 2)"))
    }

    @Test func sampledRegionsSayTheyAreSampled() throws {
        let model = try Self.example("xor-relu")
        guard case .sampled(let s, let limit) = RegionResult.compute(model.network, domain: model.domain, limit: 2) else {
            Issue.record("expected the sampled fallback past a limit of 2 regions")
            return
        }
        guard case .figure(let figure) = RegionsFigure.buildSampled(s, limit: limit, FigureContext(model: model)) else {
            Issue.record("expected a figure")
            return
        }
        ArtifactWriter.write(figure, as: "regions-sampled")
        #expect(figure.caption.hasPrefix("Sampled, not exact"))
        #expect(s.distinctPatterns == 3)
    }

    /// Every contour segment endpoint lies on a contour level by an independent forward pass: z^O for the identity
    /// output of xor-relu (levels at round values), σ(z^O) ∈ {0.1, …, 0.9} for a small sigmoid net.
    @Test(arguments: ["xor-relu", "sigmoid"])
    func contourSegmentsLieOnTheirLevels(_ name: String) throws {
        let model: Model
        if name == "sigmoid" {
            let net = Network(name: "sigmoid", inputNames: ["x1", "x2"], layers: [
                DenseLayer(weights: [[2, 1], [-1, 3], [1, -1]], biases: [0.5, -0.2, 0.1], activation: .relu),
                DenseLayer(weights: [[1.5, -2, 1]], biases: [0.3], activation: .sigmoid),
            ])
            model = Model(network: net, domain: [-1...1, -1...1])
        } else {
            model = try Self.example(name)
        }
        let figure = try Self.figure(.surface, model)
        let all = Self.paths(figure.scene.nodes).filter { $0.info.classes.contains("band") }.flatMap { Self.vertices($0.path) }
        let minX = try #require(all.map(\.x).min()), maxX = try #require(all.map(\.x).max())
        let minY = try #require(all.map(\.y).min()), maxY = try #require(all.map(\.y).max())
        let d = model.domain
        func input(_ p: Point) -> [Double] {
            [d[0].lowerBound + (d[0].upperBound - d[0].lowerBound) * (p.x - minX) / (maxX - minX),
             d[1].upperBound - (d[1].upperBound - d[1].lowerBound) * (p.y - minY) / (maxY - minY)]
        }
        // The identity output's levels: round values between the exact extremes (at region vertices).
        let r = try Regions2D.compute(network: model.network, domain: d)
        let values = (0..<r.regionCount).flatMap { i in r.polygon(of: i).map { r.outputMap(i, 0)($0) } }
        let levels = SurfaceScale(activation: .identity, zRange: (values.min() ?? 0, values.max() ?? 0)).levels
        #expect(levels.count >= 3)
        let contour = try #require(Self.paths(figure.scene.nodes).first { $0.info.classes.contains("contour") })
        let ends = Self.vertices(contour.path)
        #expect(ends.count >= 2)
        for p in ends {
            let x = input(p)
            if name == "sigmoid" {
                let y = model.network.predict(x)[0]
                #expect(abs(y * 10 - (y * 10).rounded()) < 1e-9, "σ(zᴼ) = \(y) at \(x) is not a level")
            } else {
                let z = model.network.predict(x)[0]
                #expect(levels.contains { abs($0 - z) < 1e-9 }, "zᴼ = \(z) at \(x) is not a level of \(levels)")
            }
        }
    }

    @Test func regionFiguresAreDeterministic() throws {
        for name in ["xor-relu", "threshold-table"] {
            let model = try Self.example(name)
            for kind in [FigureName.regions, .patterns] {
                let a = SVGWriter.render(try Self.figure(kind, model).scene), b = SVGWriter.render(try Self.figure(kind, model).scene)
                #expect(a == b)
            }
        }
    }
}
