import ArgumentParser
import NNVizEngine

/// `--region-limit N` (inspect, render): the most linear regions an exact 2-D enumeration may produce before
/// it falls back to sampling, overriding `regionLimit:` in the model file.
public struct RegionLimitOption: ParsableArguments, Sendable {
    @Option(name: .long, help: ArgumentHelp(
        "Enumerate at most N exact regions, then sample (default: the model's regionLimit, else the memory-budget default).",
        valueName: "N"))
    public var regionLimit: Int?

    public init() {}

    public func validate() throws {
        if let regionLimit, !(1...Model.maximumRegionLimit).contains(regionLimit) {
            throw ValidationError("--region-limit must be at least 1 and at most \(Model.maximumRegionLimit) (got \(regionLimit)).")
        }
    }

    /// The model with this option's limit, when given.
    public func applied(to model: Model) -> Model {
        var model = model
        if let regionLimit { model.regionLimit = regionLimit }
        return model
    }
}
