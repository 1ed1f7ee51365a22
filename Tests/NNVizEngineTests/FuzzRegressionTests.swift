import Foundation
import Testing
@testable import NNVizEngine

/// Every input in `Fuzz/Corpus` (the seeds) and `Fuzz/Regressions` (inputs that once crashed or hung a
/// decoder, and the audit's hostile files) goes through the decoders the way the fuzzer feeds them
/// (`Fuzz/Sources/nnviz-fuzz`): it must end in a model or a `ModelFileError`, never a trap. A finding of
/// scripts/fuzz.sh is added to `Fuzz/Regressions` and so becomes a test here.
@Suite struct FuzzRegressionTests {
    static let fuzzFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz")

    static var inputs: [String] {
        ["Corpus", "Regressions"].flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: fuzzFolder.appendingPathComponent(folder).path)) ?? [])
                .filter { $0.hasSuffix(".seed") }.sorted().map { "\(folder)/\($0)" }
        }
    }

    @Test func thereAreSeedsAndRegressions() {
        #expect(Self.inputs.filter { $0.hasPrefix("Corpus/") }.count >= 5)
        #expect(Self.inputs.filter { $0.hasPrefix("Regressions/") }.count >= 4)
    }

    @Test(arguments: inputs)
    func decodersEndInAModelOrAnError(input: String) throws {
        let bytes = try Data(contentsOf: Self.fuzzFolder.appendingPathComponent(input))
        let selector = try #require(bytes.first)
        let text = try #require(String(validating: bytes.dropFirst(), as: UTF8.self))
        let budget = MemoryBudget(bytes: 256_000_000)
        do {
            switch selector % 3 {
            case 0: _ = try ModelFile.parse(text, fileName: "fuzz.yaml", format: .yaml, budget: budget)
            case 1: _ = try ModelFile.parse(text, fileName: "fuzz.json", format: .json, budget: budget)
            default: _ = try ModelFile.parseCSV(text, fileName: "fuzz.csv", inputNames: ["x1", "x2"])
            }
        } catch {
            #expect(!input.hasPrefix("Corpus/"), "a seed is a valid file: \(error)")
            #expect(!error.description.isEmpty)
        }
    }
}
