/// The three places where model files call engine helpers (weight initialisation, synthetic data, test split).
/// TEMPORARY: until branch `engine` provides `Initializer`, `SyntheticDataset` and `Dataset.split`, these
/// report a clear error instead; after merging they forward to the engine.
extension ModelDecoder {
    /// The synthetic data sets `data.generate.dataset` accepts.
    static let syntheticNames = ["xor", "circles", "moons", "spiral", "gaussians", "sine", "abs", "steps"]

    static func initialLayer(inputs: Int, units: Int, activation: Activation, rng: inout SeededGenerator,
                             field: ModelField) throws(ModelFileError) -> DenseLayer {
        throw field.error(.invalidValue, "layers without weights need the engine's initializer, which this build lacks")
    }

    func generate(_ name: String, count: Int, noise: Double, classes: Int, seed: UInt64,
                  field: ModelField) throws(ModelFileError) -> Dataset {
        throw field.error(.invalidValue, "generated data needs the engine's data sets, which this build lacks")
    }

    func splitData(_ data: Dataset, testFraction: Double, seed: UInt64) -> Dataset {
        data
    }
}
