import Foundation
import Testing
@testable import NNVizEngine

@Suite struct BuiltInExamplesTests {
    static let assets = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("assets/examples")

    @Test func embeddedExamplesMatchAssets() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.assets.path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(BuiltInExamples.names == files.map { String($0.dropLast(5)) },
                "run scripts/generate-examples.sh after changing assets/examples")
        for example in BuiltInExamples.all {
            let text = try String(contentsOf: Self.assets.appendingPathComponent("\(example.name).yaml"), encoding: .utf8)
            #expect(example.text + "\n" == text, "run scripts/generate-examples.sh (\(example.name) differs)")
        }
    }

    @Test func requiredExamplesExistWithSummaries() {
        for name in ["xor-relu", "threshold-1d", "threshold-table", "threshold-triangle", "spiral", "sine"] {
            #expect(BuiltInExamples.named(name) != nil, "missing example \(name)")
        }
        for example in BuiltInExamples.all {
            #expect(!example.summary.isEmpty && !example.summary.contains("\n"), "\(example.name) needs a summary line")
        }
    }

    @Test func examplesWithWeightsLoad() throws {
        for example in BuiltInExamples.all where !example.text.contains("units:") {
            let model = try example.load()
            #expect(!model.needsTraining, "\(example.name)")
        }
    }
}
