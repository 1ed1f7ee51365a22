/// The fixed limits of the model file (docs/model-file.md, "Limits"); sizes that depend on memory are checked
/// against `MemoryBudget` instead.
public enum ModelLimits {
    /// The largest magnitude of a domain bound, data coordinate or target. The exact region
    /// analysis multiplies weights by coordinates and intersects lines in Double; beyond 10⁹ its products and
    /// tolerances lose the digits the geometry needs (a ±1e308 domain overflows to infinity).
    public static let magnitude = 1e9
    /// The most training epochs (`train.epochs` and `--epochs`).
    public static let epochs = 10_000_000
    /// The most units of a layer given by `units:`.
    public static let units = 100_000
    /// The most weights of one layer.
    public static let layerWeights = 10_000_000
    /// The most points `data.generate.count` makes.
    public static let generatedPoints = 1_000_000
    /// The largest `data.generate.noise` (the synthetic sets live in a box of about ±1.5).
    public static let noise = 100.0
    /// The relative width an interval of `domain` needs at least: hi − lo ≥ this × max(1, |lo|, |hi|).
    public static let relativeDomainWidth = 1e-9

    /// `1e9` for messages.
    static let magnitudeText = "10⁹"
}
