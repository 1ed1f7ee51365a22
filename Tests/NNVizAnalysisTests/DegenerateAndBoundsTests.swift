import Foundation
import NNVizEngine
import Testing
@testable import NNVizAnalysis

struct DegenerateCaseTests {
    static let box: [ClosedRange<Double>] = [-1...1, -1...1]

    static func shallow(_ w: [[Double]], _ b: [Double], _ act: Activation = .relu) -> Network {
        Network(inputNames: ["x1", "x2"], layers: [
            DenseLayer(weights: w, biases: b, activation: act),
            DenseLayer(weights: [w.indices.map { Double($0) + 1 }], biases: [0], activation: .identity),
        ])
    }

    @Test func concurrentLinesThroughCornersAndCentre() throws {
        // Three lines through the origin, two of them through box corners: 2·3 = 6 regions.
        let net = Self.shallow([[1, -1], [1, 1], [1, 0]], [0, 0, 0])
        let r = try Regions2D.compute(network: net, domain: Self.box)
        #expect(r.regionCount == 6)
        #expect(r.areas.allSatisfy { abs($0 - 4.0 / 6) < 0.5 })
        #expect(abs(r.areas.reduce(0, +) - 4) < 1e-12)
    }

    @Test func duplicateConstantAndOutsideUnitsAddNoRegions() throws {
        // Unit 1 repeats unit 0's line, unit 2 is constant zero, unit 3's line misses the box,
        // unit 4 lies on the box edge x1 = 1.
        let net = Self.shallow([[1, 0.5], [2, 1], [0, 0], [1, 1], [1, 0]], [0.2, 0.4, 0, 5, -1])
        let r = try Regions2D.compute(network: net, domain: Self.box)
        #expect(r.regionCount == 2)
        #expect(RegionCounts(r, network: net).patterns == 2)
        // Unit 2 (z ≡ 0) is off everywhere (relu bit is z > 0); a step unit with z ≡ 0 is on (z ≥ 0).
        #expect(r.regions.allSatisfy { !$0.pattern[2] && $0.pattern[3] && !$0.pattern[4] })
        // The duplicate unit switches on the same segment as unit 0.
        let b0 = try #require(r.unitBoundaries.first { $0.unit == 0 }), b1 = try #require(r.unitBoundaries.first { $0.unit == 1 })
        #expect(b0.segments.count == 1 && b1.segments.count == 1)
        #expect(abs(b0.segments[0].length - b1.segments[0].length) < 1e-12)
        #expect(r.unitBoundaries.count == 2)
        let step = try Regions2D.compute(network: Self.shallow([[0, 0]], [0], .step), domain: Self.box)
        #expect(step.regions.map(\.pattern) == [[true]])
    }

    @Test func neighboursShareAnEdgeOfPositiveLength() throws {
        // Two crossing lines: four quadrants; diagonal quadrants touch only at the centre: not neighbours.
        let r = try Regions2D.compute(network: Self.shallow([[1, 0], [0, 1]], [0, 0]), domain: Self.box)
        #expect(r.regionCount == 4)
        for i in 0..<4 { #expect(r.neighbours(of: i).count == 2) }
    }

    @Test func linearPiecesMergeRegionsWithTheSameOutputMap() throws {
        // Output weight 0 on unit 1: its line splits patterns but not the output map → 3 cells, 2 pieces.
        let net = Network(inputNames: ["x1", "x2"], layers: [
            DenseLayer(weights: [[1, 0], [0, 1]], biases: [0, 0.5], activation: .relu),
            DenseLayer(weights: [[1, 0]], biases: [0], activation: .identity),
        ])
        let c = RegionCounts(try Regions2D.compute(network: net, domain: Self.box), network: net)
        #expect(c.count == 4 && c.patterns == 4 && c.linearPieces == 2)
    }
}

struct RegionBoundsTests {
    /// Serra et al. Theorem 1 by brute-force enumeration of J (independent of the DP).
    static func bruteForce(_ n0: Int, _ widths: [Int]) -> Double {
        func go(_ l: Int, _ cap: Int) -> Double {
            guard l < widths.count else { return 1 }
            var s = 0.0
            for j in 0...min(cap, widths[l]) {
                s += RegionBounds.binomial(widths[l], j) * go(l + 1, min(cap, widths[l] - j))
            }
            return s
        }
        return go(0, n0)
    }

    @Test func shallowBoundsAreZaslavsky() {
        let b = RegionBounds(network: TestNets.xor)
        #expect(b.zaslavsky == 4 && b.upper == 4 && b.parameters == 9)
        let wide = RegionBounds(network: TestNets.random(widths: [2, 10, 1], hidden: .relu, seed: 1))
        #expect(wide.zaslavsky == 1 + 10 + 45 && wide.upper == 56)
    }

    @Test(arguments: [[3, 3], [32, 32, 32], [2, 1, 5], [4, 8, 1, 8], [64, 64, 64]])
    func deepUpperBoundMatchesEnumerationOfJ(widths: [Int]) {
        let net = TestNets.random(widths: [2] + widths + [1], hidden: .relu, seed: 2)
        let b = RegionBounds(network: net)
        #expect(b.zaslavsky == nil)
        #expect(Double(b.upper) == Self.bruteForce(2, widths))
        // Hand value for [3, 3]: j1 = 0: C(3,0)·(1+3+3) = 7; j1 = 1: 3·(1+3+3) = 21; j1 = 2: 3·(1+3) = 12 → 40.
        if widths == [3, 3] { #expect(b.upper == 40) }
    }

    @Test func oneDimensionalUpperIsTheProduct() {
        let net = TestNets.random(widths: [1, 4, 6, 1], hidden: .relu, seed: 2)
        #expect(RegionBounds(network: net).upper == 35)
    }

    @Test func hugeBoundsSaturate() {
        let widths = [Int](repeating: 400, count: 12)
        let net = Network(inputNames: ["a", "b"], layers: widths.indices.map { l in
            DenseLayer(weights: Matrix(rows: 400, columns: l == 0 ? 2 : 400), biases: [Double](repeating: 0, count: 400),
                       activation: .relu)
        } + [DenseLayer(weights: Matrix(rows: 1, columns: 400), biases: [0], activation: .identity)])
        #expect(RegionBounds(network: net).upper == Int.max)
    }
}

struct RegionSummaryTests {
    @Test func xorSummaryMatchesTheDesignExample() throws {
        let model = Model(network: TestNets.xor, domain: [-0.5...1.5, -0.5...1.5])
        let s = try #require(RegionSummary.summary(for: model))
        let expected = RegionSummary(domain: [[-0.5, 1.5], [-0.5, 1.5]], count: 3, patterns: 3, linearPieces: 3,
                                     breakpoints: [], bounds: .init(zaslavsky: 4, upper: 4))
        #expect(s == expected)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(s), as: UTF8.self)
        #expect(json.contains("\"bounds\":{\"upper\":4,\"zaslavsky\":4}"))
    }

    @Test func deepNetOmitsZaslavskyAndOneDimensionalListsBreakpoints() throws {
        let deep = Model(network: TestNets.random(widths: [2, 4, 4, 1], hidden: .relu, seed: 3), domain: [-1...1, -1...1])
        let json = String(decoding: try JSONEncoder().encode(try #require(RegionSummary.summary(for: deep))), as: UTF8.self)
        #expect(!json.contains("zaslavsky"))
        let p2 = try #require(RegionSummary.summary(for: Model(network: TestNets.problem2, domain: [0...6])))
        #expect(p2.breakpoints == [2, 4] && p2.count == 3 && p2.bounds.upper == 3 && p2.bounds.zaslavsky == 3)
    }

    @Test func ineligibleModelsHaveNoSummary() {
        let smooth = Model(network: TestNets.random(widths: [2, 3, 1], hidden: .sigmoid, seed: 1), domain: [0...1, 0...1])
        #expect(RegionSummary.summary(for: smooth) == nil)
        let three = Model(network: TestNets.random(widths: [3, 3, 1], hidden: .relu, seed: 1), domain: [0...1, 0...1, 0...1])
        #expect(RegionSummary.summary(for: three) == nil)
    }
}

struct NoHiddenLayerTests {
    @Test func aLinearModelIsOneRegionWithItsOwnMap() throws {
        let net = Network(inputNames: ["a", "b"], layers: [
            DenseLayer(weights: [[2, -3]], biases: [0.5], activation: .sigmoid),
        ])
        let r = try Regions2D.compute(network: net, domain: [-1...1, -1...1])
        #expect(r.regionCount == 1)
        #expect(r.outputMap(0, 0) == AffineMap2(a1: 2, a2: -3, c: 0.5))
        #expect(r.pattern(of: 0).isEmpty)
        let length = r.decisionBoundary.reduce(0) { $0 + $1.length }
        // 2a − 3b + 0.5 = 0 crosses the box from (−1, −0.5) to (1, 5/6).
        #expect(abs(length - (4 + (4.0 / 3) * (4.0 / 3)).squareRoot()) < 1e-12)
        let c = RegionCounts(r, network: net)
        #expect(c.count == 1 && c.patterns == 1 && c.linearPieces == 1)
        #expect(RegionBounds(network: net).upper == 1 && RegionBounds(network: net).zaslavsky == nil)
    }
}

struct StepUnitBoundaryTests {
    @Test func aSecondStepLayerSwitchesAlongExistingEdges() throws {
        // Layer 2 unit = step(u1 + u2 − 1.5): on exactly on the quadrant x1 ≥ 0, x2 ≥ 0; in [−1, 1]² its
        // switching set is the two half-axes from the origin, total length 2.
        let net = Network(inputNames: ["x1", "x2"], layers: [
            DenseLayer(weights: [[1, 0], [0, 1]], biases: [0, 0], activation: .step),
            DenseLayer(weights: [[1, 1]], biases: [-1.5], activation: .step),
            DenseLayer(weights: [[1]], biases: [0], activation: .identity),
        ])
        let r = try Regions2D.compute(network: net, domain: [-1...1, -1...1])
        #expect(r.regionCount == 4)
        let b = try #require(r.unitBoundaries.first { $0.layer == 1 && $0.unit == 0 })
        #expect(abs(b.segments.reduce(0) { $0 + $1.length } - 2) < 1e-12)
        #expect(r.unitBoundaries.filter { $0.layer == 0 }.map { $0.segments.reduce(0) { $0 + $1.length } } == [2, 2])
        #expect(RegionCounts(r, network: net).linearPieces == 2)
    }
}
