import Testing
@Test func NNVizEngineTestsPlaceholder() { #expect(Bool(true)) }
