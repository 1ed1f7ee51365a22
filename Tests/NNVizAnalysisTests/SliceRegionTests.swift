import Foundation
import NNVizEngine
import Testing
@testable import NNVizAnalysis

/// Regions on a plane or line through input points: the analyses run unchanged on `Model.sliced()`.
@Suite struct SliceRegionTests {
    /// A 3-input relu net.
    static let net3 = Network(inputNames: ["a", "b", "c"], layers: [
        DenseLayer(weights: [[1, -2, 0.5], [0, 1, 1], [-1, 1, -1]], biases: [0.5, -1, 0], activation: .relu),
        DenseLayer(weights: [[1, 2, -1]], biases: [0.25], activation: .identity),
    ])

    /// The same net on the plane c = 1 (p0 = (0, 0, 1), u = (1, 0, 0), v = (0, 1, 0)), written out by hand:
    /// W′ = the first two columns, b′ = b + third column = (1, 0, −1).
    static let byHand = Network(inputNames: ["s", "t"], layers: [
        DenseLayer(weights: [[1, -2], [0, 1], [-1, 1]], biases: [1, 0, -1], activation: .relu),
        DenseLayer(weights: [[1, 2, -1]], biases: [0.25], activation: .identity),
    ])

    @Test func composedPlaneNetCountsLikeTheNetWrittenByHand() throws {
        let model = Model(network: Self.net3, domain: Array(repeating: -1...1, count: 3),
                          slice: InputSlice(kind: .plane, points: [[0, 0, 1], [1, 0, 1], [0, 1, 1]]))
        let sliced = try model.sliced()
        #expect(sliced.domain == [-0.5...1.5, -0.5...1.5])
        #expect(sliced.network.layers == Self.byHand.layers)
        let composed = try #require(RegionSummary.summary(for: sliced))
        let handModel = Model(network: Self.byHand, domain: [-0.5...1.5, -0.5...1.5])
        let hand = try #require(RegionSummary.summary(for: handModel))
        #expect(composed == hand)
        #expect(composed.count >= 4)   // three lines in general position cut the box into several cells
    }

    /// On a tilted plane through three random points of a 4-8-8-3 relu net, every region's pattern equals the
    /// full network's pattern at the region's interior point carried back into input space.
    @Test(arguments: [UInt64(1), 2, 3])
    func patternsEqualTheFullForwardPassAtInteriorPoints(seed: UInt64) throws {
        let net = TestNets.random(widths: [4, 8, 8, 3], hidden: .relu, seed: seed)
        var rng = SeededGenerator(seed: seed + 100)
        let points = (0..<3).map { _ in (0..<4).map { _ in Double.random(in: -2...2, using: &rng) } }
        let model = Model(network: net, domain: Array(repeating: -2...2, count: 4),
                          slice: InputSlice(kind: .plane, points: points))
        let sliced = try model.sliced()
        let frame = try #require(sliced.sliceView?.frame)
        let regions = try Regions2D.compute(network: sliced.network, domain: sliced.domain)
        #expect(regions.regionCount > 1)
        for r in regions.regions {
            let x = frame.inputPoint([r.interior.x, r.interior.y])
            #expect(r.pattern == SampledPatterns.pattern(net, x))
        }
    }

    @Test func lineSlicePatternsEqualTheFullForwardPass() throws {
        let net = TestNets.random(widths: [5, 6, 6, 1], hidden: .relu, seed: 9)
        let model = Model(network: net, domain: Array(repeating: -2...2, count: 5),
                          slice: InputSlice(kind: .line, points: [[-1, -1, -1, -1, -1], [1, 1, 0.5, 1, 1]]))
        let sliced = try model.sliced()
        let frame = try #require(sliced.sliceView?.frame)
        let regions = try Regions1D.compute(network: sliced.network, domain: try #require(sliced.domain.first))
        #expect(regions.intervals.count == regions.breakpoints.count + 1)
        for interval in regions.intervals {
            let x = frame.inputPoint([(interval.lo + interval.hi) / 2])
            #expect(interval.pattern == SampledPatterns.pattern(net, x))
        }
    }
}
