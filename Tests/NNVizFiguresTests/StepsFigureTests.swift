import Foundation
import NNVizAnalysis
import NNVizEngine
import NNVizScene
import NNVizSVG
import Testing
@testable import NNVizFigures

/// The `steps` figure against the seeds' worked answers (notes 001, Problems 1 and 2), the forward pass, and the
/// figure review's defects: notation, values on the pieces, slopes off the data, every unit named, the output named.
@Suite struct StepsFigureTests {
    typealias R = RegionFigureTests

    static func steps(_ model: Model, theme: FigureTheme = .light) throws -> Figure {
        try FigureCatalog.require(.steps, FigureContext(model: model, theme: theme))
    }

    /// Every text node under `nodes` with its class list.
    static func textNodes(_ nodes: [Node]) -> [TextNode] {
        nodes.flatMap { node -> [TextNode] in
            switch node {
            case .text(let t): return [t]
            case .group(let g): return textNodes(g.children)
            default: return []
            }
        }
    }

    /// Every group (at any depth) under `nodes`.
    static func groups(_ nodes: [Node]) -> [GroupNode] {
        nodes.flatMap { node -> [GroupNode] in
            if case .group(let g) = node { return [g] + groups(g.children) }
            return []
        }
    }

    /// The canvas-to-input map of the sum panel, from its shaded intervals (they span the domain exactly).
    static func inputOf(_ sum: GroupNode, domain: ClosedRange<Double>) throws -> (Double) -> Double {
        let xs = R.paths(sum.children).filter { $0.info.classes.contains("interval") }.flatMap { R.vertices($0.path).map(\.x) }
        let left = try #require(xs.min()), right = try #require(xs.max())
        return { domain.lowerBound + (domain.upperBound - domain.lowerBound) * ($0 - left) / (right - left) }
    }

    /// Problem 1: zᴼ = 0.5 on x < 1, −0.5 on [1, 3), 1.5 on x ≥ 3 — written on the pieces, each value where the
    /// forward pass gives it, and said in the caption; ŷ = 1 outside [1, 3).
    @Test func problemOneValuesAreWrittenOnThePieces() throws {
        let model = try R.example("threshold-1d")
        let figure = try Self.steps(model)
        let sum = try #require(R.group(figure.scene.nodes, id: "step4-sum"))
        let input = try Self.inputOf(sum, domain: -1...5)
        let values = Self.textNodes(sum.children).filter { $0.info.classes.contains("piece-value") }
        #expect(Set(values.map(\.text)) == ["−0.5", "0.5", "1.5"] && values.count == 3)
        for v in values {
            let x = input(v.position.x)
            #expect(v.text == LabelFormat.short(model.network.forward(Matrix([[x]])).outputLogits[0, 0]), "\(v.text) at x = \(x)")
        }
        #expect(figure.caption.contains("zᴼ = 0.5 on x < 1, −0.5 on 1 ≤ x < 3, 1.5 on x ≥ 3"))
        #expect(figure.caption.contains("ŷ = step(zᴼ) is 1 where zᴼ ≥ 0: on x < 1 and x ≥ 3"))
    }

    /// Problem 2: zᴼ = −0.5, 0.5, −1.5 on x < 2, [2, 4), x ≥ 4; the sum's y ticks are those values, so ±0.5 and
    /// −1.5 can be read; ŷ = 1 on [2, 4) only.
    @Test func problemTwoTicksAreThePieceValues() throws {
        let figure = try Self.steps(try R.example("threshold-table"))
        let sum = try #require(R.group(figure.scene.nodes, id: "step4-sum"))
        let texts = Set(Self.textNodes(sum.children).map(\.text))
        #expect(texts.isSuperset(of: ["0.5", "−0.5", "−1.5"]))
        #expect(figure.caption.contains("zᴼ = −0.5 on x < 2, 0.5 on 2 ≤ x < 4, −1.5 on x ≥ 4"))
        #expect(figure.caption.contains("is 1 where zᴼ ≥ 0: on 2 ≤ x < 4."))
        // The pattern strip names its bits: 00, 10, 11 from left to right.
        let labels = Self.textNodes(sum.children).filter { $0.info.classes.contains("pattern-label") }.sorted { $0.position.x < $1.position.x }
        #expect(labels.map(\.text) == ["00", "10", "11"])
        #expect(labels.allSatisfy { $0.info.data["pattern"] == $0.text })
    }

    /// The notes' notation: output weights Wᴼⱼ with their values, activations uᴴⱼ = step(zᴴⱼ); no vⱼ, no bare step(z).
    @Test func usesTheNotesNotation() throws {
        let figure = try Self.steps(try R.example("threshold-table"))
        let texts = Self.textNodes(figure.scene.nodes).map(\.text)
        #expect(texts.contains("Wᴼ₂uᴴ₂ = −2·uᴴ₂"))
        #expect(texts.contains("uᴴ₁ = step(zᴴ₁)"))
        #expect(texts.contains("h₁: zᴴ₁ = x − 2"))
        #expect(texts.contains { $0.hasPrefix("4. sum: zᴼ = bᴼ + Σⱼ Wᴼⱼuᴴⱼ, bᴼ = −0.5") })
        #expect(!texts.contains { $0.contains("vⱼ") || $0.contains("v₁") || $0.contains("step(z)") })
    }

    /// Every element standing for hidden unit j carries data-unit "1.j"; the joint of hidden unit j carries it too.
    @Test func everyUnitElementCarriesItsUnit() throws {
        let model = FigureModels.oneD
        let figure = try Self.steps(model)
        let curves = R.paths(figure.scene.nodes).filter { $0.info.classes.contains("unit-curve") }
        #expect(!curves.isEmpty)
        #expect(Set(curves.compactMap { $0.info.data["unit"] }) == ["1.1", "1.2", "1.3"])
        let panels = Self.groups(figure.scene.nodes).filter { $0.info.id?.hasPrefix("step") == true && $0.info.id?.contains("unit") == true }
        #expect(panels.count == 9)
        for p in panels {
            let unit = try #require(p.info.data["unit"])
            #expect(p.info.id?.hasSuffix("-unit-" + (unit.split(separator: ".").last.map(String.init) ?? "")) == true)
            #expect(R.paths(p.children).filter { $0.info.classes.contains("unit-curve") }.allSatisfy { $0.info.data["unit"] == unit })
        }
        for joint in R.paths(figure.scene.nodes).filter({ $0.info.classes.contains("joint") }) {
            let tip = try #require(joint.info.tooltip)
            let unit = try #require(joint.info.data["unit"])
            let names = unit.split(separator: " ").map { "h" + Notation.sub(Int($0.split(separator: ".")[1]) ?? 0) }
            #expect(tip.hasPrefix("joint of " + names.joined(separator: ",")))
        }
    }

    /// A deep net: unit panels and curves of layer l carry "l.j".
    @Test func deepUnitsCarryLayerAndUnit() throws {
        let net = Network(name: "deep", inputNames: ["x"], layers: [
            DenseLayer(weights: [[1], [-1], [2]], biases: [0, 0.5, -1], activation: .relu),
            DenseLayer(weights: [[1, 1, -1], [-1, 0.5, 1]], biases: [-0.5, 0.2], activation: .relu),
            DenseLayer(weights: [[1, -1]], biases: [0], activation: .identity),
        ])
        let figure = try Self.steps(Model(network: net, domain: [-2...2]))
        let layer2 = try #require(R.group(figure.scene.nodes, id: "layer-2"))
        let units = Set(R.paths(layer2.children).filter { $0.info.classes.contains("unit-curve") }.compactMap { $0.info.data["unit"] })
        #expect(units == ["2.1", "2.2"])
        #expect(Self.groups(figure.scene.nodes).filter { $0.info.classes.contains("unit-multiple") }.compactMap { $0.info.data["unit"] }
            == ["1.1", "1.2", "1.3", "2.1", "2.2"])
    }

    /// Past six units (sine: 16): one small multiple per unit, each named; the slopes sit in a row under the
    /// axis (below every data point), as plain numbers, each the slope of the forward pass on its interval.
    @Test func manyUnitsGetOnePanelEachAndSlopesStayOffTheData() throws {
        let model = try R.example("sine")
        let figure = try Self.steps(model)
        let multiples = Self.groups(figure.scene.nodes).filter { $0.info.classes.contains("unit-multiple") }
        #expect(multiples.compactMap { $0.info.data["unit"] } == (1...16).map { "1.\($0)" })
        for (j, g) in multiples.enumerated() {
            #expect(Self.textNodes(g.children).contains { $0.text.hasPrefix("h" + Notation.sub(j + 1) + ":") })
        }
        let sum = try #require(R.group(figure.scene.nodes, id: "step4-sum"))
        let points = R.paths(sum.children).filter { $0.info.classes.contains("point") }
        let slopes = Self.textNodes(sum.children).filter { $0.info.classes.contains("piece-number") }
        #expect(!slopes.isEmpty)
        let lowestPoint = points.compactMap { R.vertices($0.path).map(\.y).max() }.max() ?? 0
        let input = try Self.inputOf(sum, domain: model.domain[0])
        for s in slopes {
            #expect(TextMetrics.bounds(of: s).minY > lowestPoint)
            let value = try #require(Double(s.text.replacingOccurrences(of: "\u{2212}", with: "-")), "not a plain number: \(s.text)")
            let x = input(s.position.x), h = 1e-6
            let fd = (model.network.predict([x + h])[0] - model.network.predict([x - h])[0]) / (2 * h)
            #expect(abs(value - fd) <= 0.006 * max(1, abs(fd)), "slope \(s.text) at x = \(x), forward pass \(fd)")
        }
    }

    /// Several outputs: the title says which one is drawn, and the sum uses that output's weights and bias.
    @Test func multiOutputSaysWhichOutputIsShown() throws {
        let net = Network(name: "two outputs", inputNames: ["x"], layers: [
            DenseLayer(weights: [[1], [-1]], biases: [-0.5, 0.2], activation: .relu),
            DenseLayer(weights: [[1, 0.5], [0.3, -1]], biases: [0.1, 0], activation: .identity),
        ])
        let figure = try Self.steps(Model(network: net, domain: [-2...2]))
        let texts = Self.textNodes(figure.scene.nodes).map(\.text).joined(separator: " ")
        #expect(texts.contains("(output ŷ₁ of 2 shown)"))
        #expect(texts.contains("Wᴼ₁,₂uᴴ₂ = 0.5·uᴴ₂"))
        #expect(texts.contains("bᴼ₁ = 0.1"))
        #expect(figure.caption.contains("Only output ŷ₁ is drawn"))
    }

    /// The caption names what to look at: a unit off on the whole domain adds nothing, one always on adds no joint.
    @Test func captionNamesIdleUnits() throws {
        let net = Network(name: "idle units", inputNames: ["x"], layers: [
            DenseLayer(weights: [[1], [1], [-1]], biases: [0, 5, -5], activation: .relu),
            DenseLayer(weights: [[1, 0.5, 2]], biases: [0], activation: .identity),
        ])
        let caption = try Self.steps(Model(network: net, domain: [-2...2])).caption
        #expect(caption.hasPrefix("h₁ switches at x = 0."))
        #expect(caption.contains("zᴼ has 2 linear pieces"))
        #expect(caption.contains("h₃ is off on the whole domain, so it adds nothing; h₂ is on everywhere, so it adds a line and no joint."))
    }

    @Test func stepsIsDeterministic() throws {
        for name in ["threshold-table", "sine"] {
            let model = try R.example(name)
            #expect(SVGWriter.render(try Self.steps(model).scene) == SVGWriter.render(try Self.steps(model).scene))
        }
    }
}
