import ArgumentParser
import NNVizAnalysis
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

    /// The model with this option's limit, when given; else, when the model file sets none, the limit that fits
    /// `budget` (the command's memory budget: `--memory-budget`, `NNVIZ_MEMORY_BUDGET`, 2 GB).
    public func applied(to model: Model, budget: MemoryBudget? = nil) -> Model {
        var model = model
        if let regionLimit {
            model.regionLimit = regionLimit
        } else if model.regionLimit == nil, let budget {
            model.regionLimit = min(Regions2D.limit(forMemoryBudget: budget.bytes, network: model.network),
                                    Model.maximumRegionLimit)
        }
        return model
    }
}
