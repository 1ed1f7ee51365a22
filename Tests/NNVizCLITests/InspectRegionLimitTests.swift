import Foundation
import Testing
import NNVizAnalysis
import NNVizEngine
@testable import NNVizCLI

/// No silent limits: past the region limit `inspect --json` still has `regions`, marked `"exact": false` with
/// the limit and the sampled pattern count, and a note goes to stderr; exact results say `"exact": true`.
@Suite struct InspectRegionLimitTests {
    static func regions(_ model: Model) throws -> (regions: [String: Any], notes: [String]) {
        var notes: [String] = []
        let text = try Inspect.report(model, at: nil, json: true) { notes.append($0) }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return (try #require(object["regions"] as? [String: Any]), notes)
    }

    /// xor-relu has 3 regions: exact under any limit ≥ 3, sampled (3 patterns on the grid) under a limit of 2.
    @Test func aLimitBelowTheCountGivesSampledRegionsAndANote() throws {
        var model = try #require(BuiltInExamples.named("xor-relu")).load()
        let exact = try Self.regions(model)
        #expect(exact.regions["exact"] as? Bool == true)
        #expect(exact.regions["count"] as? Int == 3)
        #expect(exact.notes.isEmpty)

        model.regionLimit = 2
        let sampled = try Self.regions(model)
        #expect(sampled.regions["exact"] as? Bool == false)
        #expect(sampled.regions["limit"] as? Int == 2)
        #expect(sampled.regions["sampledPatterns"] as? Int == 3)
        #expect(sampled.regions["count"] == nil)
        #expect(sampled.regions["bounds"] as? [String: Int] == ["zaslavsky": 4, "upper": 4])
        #expect(sampled.notes.count == 1)
        #expect(sampled.notes.first?.contains("more than 2 linear regions") == true)
    }

    @Test func theOptionOverridesTheModelFile() throws {
        var model = try #require(BuiltInExamples.named("xor-relu")).load()
        model.regionLimit = 2
        let option = try RegionLimitOption.parse(["--region-limit", "3"])
        #expect(try Self.regions(option.applied(to: model)).regions["exact"] as? Bool == true)
        #expect(throws: (any Error).self) { try RegionLimitOption.parse(["--region-limit", "0"]) }
    }

    /// Without an option or a file limit, the limit is the memory budget over the cost of a region.
    @Test func theMemoryBudgetSetsTheDefaultLimit() throws {
        let model = try #require(BuiltInExamples.named("xor-relu")).load()
        let none = try RegionLimitOption.parse([])
        #expect(none.applied(to: model, budget: MemoryBudget(bytes: 1_536_000)).regionLimit == 1000)
        var withFileLimit = model
        withFileLimit.regionLimit = 5
        #expect(none.applied(to: withFileLimit, budget: MemoryBudget(bytes: 1_536_000)).regionLimit == 5)
        let option = try RegionLimitOption.parse(["--region-limit", "7"])
        #expect(option.applied(to: withFileLimit, budget: MemoryBudget(bytes: 1_536_000)).regionLimit == 7)
        #expect(Regions2D.limit(forMemoryBudget: MemoryBudget.defaultBytes) == Regions2D.defaultLimit)
        // 5000 pattern bits (79 words): 1280 + 16 · 79 = 2544 bytes a region.
        let wide = Network(inputNames: ["a", "b"], layers: [
            DenseLayer(weights: Matrix(rows: 5000, columns: 2), biases: [Double](repeating: 0, count: 5000), activation: .relu),
            DenseLayer(weights: Matrix(rows: 1, columns: 5000), biases: [0], activation: .identity),
        ])
        #expect(Regions2D.limit(forMemoryBudget: 2_544_000, network: wide) == 1000)
        #expect(Regions2D.limit(forMemoryBudget: 1_536_000, network: model.network) == 1000)
    }

    @Test func inspectAndRenderTakeTheOption() throws {
        #expect(try InspectCommand.parse(["--example", "xor-relu", "--region-limit", "7"]).regionLimit.regionLimit == 7)
        #expect(try RenderCommand.parse(["--example", "xor-relu", "--region-limit", "9"]).regionLimit.regionLimit == 9)
        #expect(try RenderCommand.parse(["--example", "xor-relu"]).regionLimit.regionLimit == nil)
    }
}
