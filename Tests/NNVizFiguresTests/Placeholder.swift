import Testing
@Test func NNVizFiguresTestsPlaceholder() { #expect(Bool(true)) }
