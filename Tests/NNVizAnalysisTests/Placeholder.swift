import Testing
@Test func NNVizAnalysisTestsPlaceholder() { #expect(Bool(true)) }
