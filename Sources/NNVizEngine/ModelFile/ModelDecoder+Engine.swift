/// The places where model files call engine helpers: weight initialisation, synthetic data, test split.
extension ModelDecoder {
    /// The synthetic data sets `data.generate.dataset` accepts.
    static let syntheticNames = SyntheticDataset.allCases.map(\.rawValue)

    /// A weightless layer drawn from `rng` (layers are drawn in file order from one generator).
    static func initialLayer(inputs: Int, units: Int, activation: Activation, rng: inout SeededGenerator,
                             field: ModelField) throws(ModelFileError) -> DenseLayer {
        Initializer.layer(inputs: inputs, units: units, activation: activation, rng: &rng)
    }

    func generate(_ name: String, count: Int, noise: Double, classes: Int, seed: UInt64,
                  field: ModelField) throws(ModelFileError) -> Dataset {
        guard let kind = SyntheticDataset(rawValue: name) else {
            throw field.error(.invalidValue, "unknown data set `\(name)`")
        }
        return SyntheticDataset.generate(kind, count: count, noise: noise, classes: classes, seed: seed)
    }

    func splitData(_ data: Dataset, testFraction: Double, seed: UInt64) -> Dataset {
        data.split(testFraction: testFraction, seed: seed)
    }
}
