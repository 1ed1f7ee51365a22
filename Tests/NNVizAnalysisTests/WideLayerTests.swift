import Foundation
import NNVizEngine
import Testing
@testable import NNVizAnalysis

/// Wide single relu layers (up to 1000 units) in random and degenerate position: the exact region count equals
/// the line-arrangement count worked out independently (`LineArrangementCount`), the regions tile the box and
/// every region's pattern is the forward pass's pattern at its interior point.
@Suite struct WideLayerTests {
    /// One relu layer with rows `w`, biases `b` and a random identity output.
    static func layer(_ w: [[Double]], _ b: [Double]) -> Network {
        Network(inputNames: ["x1", "x2"], layers: [
            DenseLayer(weights: w, biases: b, activation: .relu),
            DenseLayer(weights: [w.indices.map { Double($0 % 7) - 3 }], biases: [0.5], activation: .identity),
        ])
    }

    static func integerLayer(_ lines: [LineArrangementCount.Line]) -> Network {
        layer(lines.map { [Double($0.a), Double($0.b)] }, lines.map { Double($0.c) })
    }

    /// Tiling and forward-pass patterns at the interior points (every region, or every `stride`-th).
    static func checkRegions(_ r: Regions2D, _ net: Network, area: Double, stride: Int = 1) {
        #expect(abs(r.areas.reduce(0, +) - area) < 1e-9 * area)
        #expect(r.areas.allSatisfy { $0 > 0 })
        for i in Swift.stride(from: 0, to: r.regionCount, by: stride) {
            let (bits, z) = RegionStressTests.bitsAndValues(net, [r.interiors[i].x, r.interiors[i].y])
            let label = r.pattern(of: i)
            for b in bits.indices where abs(z[b]) > 1e-9 { #expect(bits[b] == label[b], "region \(i) bit \(b)") }
        }
    }

    @Test(arguments: [100, 300, 1000])
    func randomLinesGiveTheArrangementCount(units n: Int) throws {
        var rng = SeededGenerator(seed: UInt64(1000 + n))
        var w: [[Double]] = [], b: [Double] = []
        for _ in 0..<n {
            let angle = rng.nextUniform(in: 0, 2 * Double.pi)
            w.append([cos(angle), sin(angle)])
            b.append(rng.nextUniform(in: -0.6, 0.6))
        }
        let box = -0.5...0.5
        let expected = try #require(LineArrangementCount.generic(w, b, box: box, box))
        let net = Self.layer(w, b)
        let r = try Regions2D.compute(network: net, domain: [box, box])
        #expect(r.regionCount == expected)
        let counts = RegionCounts(r, network: net)
        #expect(counts.count == expected && counts.patterns == expected)
        Self.checkRegions(r, net, area: 1, stride: max(1, r.regionCount / 2000))
    }

    /// Lines pairwise meeting inside the box, no three through a point: Zaslavsky's 1 + n + C(n, 2).
    @Test(arguments: [20, 60])
    func generalPositionGivesZaslavsky(units n: Int) throws {
        let net = TestNets.shallowGeneralPosition(units: n, seed: UInt64(n))
        let r = try Regions2D.compute(network: net, domain: [-100...100, -100...100])
        #expect(r.regionCount == 1 + n + n * (n - 1) / 2)
        #expect(r.regionCount == RegionBounds(network: net).zaslavsky)
    }

    /// 1000 lines through the origin in distinct directions: 2000 sectors.
    @Test func concurrentLinesThroughOnePoint() throws {
        var lines: [LineArrangementCount.Line] = []
        var seen = Set<LineArrangementCount.Line>()
        var rng = SeededGenerator(seed: 3)
        while lines.count < 1000 {
            let l = LineArrangementCount.Line(a: rng.nextInt(below: 2001) - 1000, b: rng.nextInt(below: 2001) - 1000, c: 0)
            guard let n = LineArrangementCount.normalised(l), seen.insert(n).inserted else { continue }
            lines.append(l)
        }
        let net = Self.integerLayer(lines)
        let r = try Regions2D.compute(network: net, domain: [-1...1, -1...1])
        #expect(r.regionCount == 2000)
        #expect(r.regionCount == LineArrangementCount.exact(lines, box: -1, 1, -1, 1))
        Self.checkRegions(r, net, area: 4)
    }

    /// 1000 parallel lines, 999 of them crossing the box (one lies outside): 1000 strips.
    @Test func parallelLines() throws {
        let lines = (0..<1000).map { LineArrangementCount.Line(a: 3, b: 7, c: $0 * 10 - 4990) }
        let net = Self.integerLayer(lines)
        let r = try Regions2D.compute(network: net, domain: [-500...500, -500...500])
        let expected = LineArrangementCount.exact(lines, box: -500, 500, -500, 500)
        #expect(expected == 1000)
        #expect(r.regionCount == expected)
        Self.checkRegions(r, net, area: 1e6)
    }

    /// Small integer lines: many parallel, concurrent and duplicate (also negated) units at once.
    @Test(arguments: [1, 2, 3])
    func integerLinesWithEveryDegeneracy(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        let lines = (0..<300).map { _ in
            LineArrangementCount.Line(a: rng.nextInt(below: 7) - 3, b: rng.nextInt(below: 7) - 3, c: rng.nextInt(below: 9) - 4)
        }
        let net = Self.integerLayer(lines)
        let r = try Regions2D.compute(network: net, domain: [-2...2, -2...2])
        #expect(r.regionCount == LineArrangementCount.exact(lines, box: -2, 2, -2, 2))
        Self.checkRegions(r, net, area: 16)
    }
}

/// The sampled fallback: one batched pass gives, at every grid cell centre, the pattern of a scalar forward pass.
@Suite struct SampledPatternsTests {
    @Test func batchedPatternsMatchTheScalarForwardPass() {
        let net = TestNets.random(widths: [2, 12, 9, 2], hidden: .leakyReLU(slope: 0.1), seed: 21)
        let domain = [-2.0...1.0, -1.5...2.5]
        let s = SampledPatterns(network: net, domain: domain, columns: 37, rows: 150)
        #expect(s.ids.count == 37 * 150)
        var firstSeen: [Int32] = []
        for r in 0..<150 {
            let y = -1.5 + (Double(r) + 0.5) / 150 * 4
            for c in 0..<37 {
                let x = -2 + (Double(c) + 0.5) / 37 * 3
                let id = s.ids[r * 37 + c]
                #expect(s.patterns[Int(id)] == SampledPatterns.pattern(net, [x, y]))
                if !firstSeen.contains(id) { firstSeen.append(id) }
            }
        }
        #expect(firstSeen == (0..<Int32(s.distinctPatterns)).map { $0 }, "ids in order of first appearance")
    }

    @Test func theDefaultLimitComesFromTheMemoryBudget() {
        #expect(Regions2D.defaultLimit == Regions2D.memoryBudget / Regions2D.bytesPerRegion)
        #expect(Regions2D.defaultLimit > 1_000_000)
    }
}
