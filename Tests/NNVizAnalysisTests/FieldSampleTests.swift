import NNVizAnalysis
import NNVizEngine
import Testing

@Suite struct FieldSampleBoundTests {
    /// Wide nets get a coarser grid, so the sample holds at most `valueLimit` unit values (never under 16 a side);
    /// narrow nets keep the default grid. Every row is still one forward pass of the net.
    @Test func wideNetsGetACoarserGrid() throws {
        let units = 40_000
        let wide = Network(name: "wide", inputNames: ["x1", "x2"], layers: [
            DenseLayer(weights: Matrix(rows: units, columns: 2, repeating: 1), biases: Array(repeating: 0, count: units), activation: .relu),
            DenseLayer(weights: Matrix(rows: 1, columns: units, repeating: 1), biases: [0], activation: .identity),
        ])
        let sample = try #require(FieldSample(network: wide, domain: [-1...1, -1...1]))
        #expect(sample.resolution == 16)
        let narrow = try #require(FieldSample(network: Network(name: "n", inputNames: ["x1", "x2"], layers: [
            DenseLayer(weights: [[1, 0]], biases: [0], activation: .identity)]), domain: [-1...1, -1...1]))
        #expect(narrow.resolution == FieldSample.defaultResolution)
        let medium = 20_000
        #expect(Int((Double(FieldSample.valueLimit) / Double(medium + 1)).squareRoot()) < FieldSample.defaultResolution)
    }
}
