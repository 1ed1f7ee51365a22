import Foundation
import Testing
@testable import NNVizEngine

/// `regionLimit:` in a model file (docs/model-file.md): read, written back, and rejected with a sentence.
@Suite struct RegionLimitKeyTests {
    @Test func absentMeansTheAnalysisDefault() throws {
        #expect(try ModelFile.parse(validXOR, fileName: "xor.yaml").regionLimit == nil)
    }

    @Test func readsAWholeNumberAndWritesItBack() throws {
        let model = try ModelFile.parse(validXOR + "regionLimit: 5000\n", fileName: "xor.yaml")
        #expect(model.regionLimit == 5000)
        let text = ModelFile.write(model)
        #expect(text.contains("regionLimit: 5000\n"))
        #expect(try ModelFile.parse(text, fileName: "again.yaml").regionLimit == 5000)
    }

    @Test(arguments: ["0", "-3", "2.5", "many", "100000000"])
    func rejectsWhatIsNotAPositiveLimit(_ value: String) throws {
        let error = try #require(modelError(validXOR + "regionLimit: \(value)\n"))
        #expect(error.description.contains("test.yaml"))
        #expect(error.description.contains("regionLimit"))
    }
}
