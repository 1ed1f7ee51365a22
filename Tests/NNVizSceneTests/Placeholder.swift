import Testing
@Test func NNVizSceneTestsPlaceholder() { #expect(Bool(true)) }
