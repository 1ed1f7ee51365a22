import Testing
@Test func NNVizCLITestsPlaceholder() { #expect(Bool(true)) }
