import Testing
@Test func NNVizReportTestsPlaceholder() { #expect(Bool(true)) }
