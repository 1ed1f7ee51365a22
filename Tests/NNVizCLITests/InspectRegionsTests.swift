import Foundation
import Testing
import NNVizEngine
@testable import NNVizCLI

/// The `regions` object of `inspect --json` (DESIGN.md §3), checked against counts worked out by hand.
@Suite struct InspectRegionsTests {
    static func regions(_ name: String) throws -> [String: Any]? {
        let model = try #require(BuiltInExamples.named(name)).load()
        let text = try Inspect.report(model, at: nil, json: true)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return object["regions"] as? [String: Any]
    }

    /// xor-relu: the lines x1 + x2 = 0 and x1 + x2 = 1 are parallel and both cross [−0.5, 1.5]², so there are
    /// 3 strips with patterns 00, 10, 11 and outputs 0, s, 2 − s (s = x1 + x2): 3 cells, 3 patterns, 3 pieces.
    /// Zaslavsky for 2 lines in the plane: C(2,0) + C(2,1) + C(2,2) = 4, which is also the one-layer upper bound.
    @Test func xorReluHasThreeRegionsOfFourPossible() throws {
        let r = try #require(try Self.regions("xor-relu"))
        #expect(r["count"] as? Int == 3)
        #expect(r["patterns"] as? Int == 3)
        #expect(r["linearPieces"] as? Int == 3)
        #expect((r["breakpoints"] as? [Double]) == [])
        #expect(r["domain"] as? [[Double]] == [[-0.5, 1.5], [-0.5, 1.5]])
        let bounds = try #require(r["bounds"] as? [String: Int])
        #expect(bounds == ["zaslavsky": 4, "upper": 4])
    }

    /// threshold-table: step units switch at x = 2 and x = 4 (z = x − 2, x − 4) inside [−1, 6].
    @Test func thresholdTableBreaksAtTwoAndFour() throws {
        let r = try #require(try Self.regions("threshold-table"))
        #expect(r["breakpoints"] as? [Double] == [2, 4])
        #expect(r["count"] as? Int == 3)
        #expect(r["patterns"] as? Int == 3)
        // ŷ = step(u1 − 2u2 − 0.5) is 0, 1, 0 on the three intervals: three pieces.
        #expect(r["linearPieces"] as? Int == 3)
        #expect(r["bounds"] as? [String: Int] == ["zaslavsky": 3, "upper": 3])
    }

    @Test func keysComeInTheDesignOrder() throws {
        let model = try #require(BuiltInExamples.named("xor-relu")).load()
        let text = try Inspect.report(model, at: nil, json: true)
        #expect(text.contains(#""regions": {"domain": [[-0.5, 1.5], [-0.5, 1.5]], "count": 3, "patterns": 3,"#)
                || text.contains(#""domain": [[-0.5, 1.5], [-0.5, 1.5]],"# + "\n    \"count\": 3,\n    \"patterns\": 3,"))
        let order = ["\"domain\"", "\"count\"", "\"patterns\"", "\"linearPieces\"", "\"breakpoints\"", "\"bounds\"",
                     "\"zaslavsky\"", "\"upper\""].map { text.range(of: $0)?.lowerBound }
        let found = order.compactMap { $0 }
        #expect(found.count == order.count)
        #expect(found == found.sorted())
    }

    /// Every eligible built-in example (1-D or 2-D input, piecewise-linear hidden units) reports counts and
    /// bounds, with count ≤ upper; the others omit the key.
    @Test(arguments: BuiltInExamples.names)
    func everyEligibleExampleReportsRegions(_ name: String) throws {
        let model = try #require(BuiltInExamples.named(name)).load()
        let net = try model.sliced().network   // a plane: or line: example reports the regions of its slice
        let eligible = (net.inputCount == 1 || net.inputCount == 2) && net.hasPiecewiseLinearHiddenUnits
        let r = try Self.regions(name)
        guard eligible else {
            #expect(r == nil)
            return
        }
        let regions = try #require(r)
        let count = try #require(regions["count"] as? Int)
        let bounds = try #require(regions["bounds"] as? [String: Int])
        let upper = try #require(bounds["upper"])
        #expect(count >= 1 && count <= upper)
        #expect((bounds["zaslavsky"] != nil) == (net.hiddenLayers.count == 1))
        if let z = bounds["zaslavsky"] { #expect(count <= z) }
        let pieces = try #require(regions["linearPieces"] as? Int)
        #expect(pieces >= 1 && pieces <= count)
        if net.inputCount == 1 {
            #expect((regions["breakpoints"] as? [Double])?.count == count - 1)
        }
    }
}
