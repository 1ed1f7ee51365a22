import Testing
import NNVizEngine

/// He / Xavier initialisation against its definition and the generator's draw order.
@Suite struct InitializerTests {
    @Test func weightsAreTheGeneratorsGaussiansScaledRowByRow() {
        var rng = SeededGenerator(seed: 42)
        let layer = Initializer.layer(inputs: 3, units: 2, activation: .relu, rng: &rng)
        var reference = SeededGenerator(seed: 42)
        let std = (2.0 / 3).squareRoot()
        let expected = (0..<6).map { _ in std * reference.nextGaussian() }
        #expect(layer.weights.storage == expected)
        #expect(layer.weights.rows == 2 && layer.weights.columns == 3)
        #expect(layer.biases == [0, 0] && layer.activation == .relu)
        #expect(rng.next() == reference.next())   // exactly one draw per weight
    }

    static let he: Double = 2.0 / 200        // 2 / fan_in
    static let xavier: Double = 2.0 / 500    // 2 / (fan_in + fan_out)
    static let cases: [(Activation, Double)] = [
        (.relu, he), (.leakyReLU(slope: 0.01), he), (.tanh, xavier), (.sigmoid, xavier), (.identity, xavier), (.softmax, xavier),
    ]

    @Test(arguments: cases)
    func sampleVarianceMatchesHeOrXavier(activation: Activation, variance: Double) {
        var rng = SeededGenerator(seed: 7)
        let layer = Initializer.layer(inputs: 200, units: 300, activation: activation, rng: &rng)
        let w = layer.weights.storage
        let mean = w.reduce(0, +) / Double(w.count)
        let sample = w.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(w.count - 1)
        // 60 000 draws: the sample variance has a standard error of √(2/n) ≈ 0.6 %; 3 % is five of them.
        #expect(abs(sample / variance - 1) < 0.03)
        #expect(abs(mean) < 4 * variance.squareRoot() / Double(w.count).squareRoot())
    }
}
