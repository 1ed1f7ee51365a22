import ArgumentParser
import Foundation
import NNVizEngine
import NNVizReport

/// `nnviz inspect MODEL`: the summary, `--json` facts, and the worked table at `--at` points.
public struct InspectCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Summarise a model: layers, shapes, activations and parameter counts.",
        discussion: """
            With --at, also print every layer's z and u, the output and the predicted class at the given points \
            (points separated by ';', coordinates by ','), like the worked tables of the course notes.
            With --backprop "x1,x2:y;…" (points with their targets, one mini-batch), also print the forward values, \
            the back-propagated quantities layer by layer (∂L/∂z^O, ∂L/∂u, δ = ∂L/∂z, ∂L/∂W, ∂L/∂b) and one gradient \
            step θ ← θ − α·∂L/∂θ with the model's learning rate (or --learning-rate), loss before and after.
            Like render, a model that asks for training (a train: block, or layers without weights) is trained first, \
            so the facts describe the network the report draws; a trained model file (trained: block) is shown as \
            recorded, and --retrain trains it anew first.
            With --json, print the machine-readable facts (name, inputs, parameters, layers, trace, backprop) instead.

            Examples:
              nnviz inspect model.yaml
              nnviz inspect --example xor-relu
              nnviz inspect --example threshold-table --at "0;1;3;5;3.5"
              nnviz inspect --example xor-relu --at "0,0;0,1;1,0;1,1" --json
              nnviz inspect --example backprop-exp --backprop "0:1;1:3"
            """)

    @OptionGroup public var source: ModelSource
    @OptionGroup public var inputs: InputOptions

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Points to trace, e.g. \"0;1;3.5\" (1-D) or \"0,1;1,0\" (2-D).",
                                            valueName: "points"))
    public var at: String?

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Points with targets for one back-propagation step, e.g. \"0,1:1;1,0:0\" (x1,x2:y; …).",
                               valueName: "points"))
    public var backprop: String?

    @Option(name: .long, help: ArgumentHelp("The step size α of the --backprop step (default: the model's learning rate).",
                                            valueName: "rate"))
    public var learningRate: Double?

    @Flag(name: .long, help: "Train first: a trained model file anew from its recorded start and settings.")
    public var retrain = false

    @Flag(name: .long, help: "Print the facts as JSON (fixed key order).")
    public var json = false

    @OptionGroup public var regionLimit: RegionLimitOption

    public init() {}

    public func validate() throws {
        if learningRate != nil, backprop == nil { throw ValidationError("--learning-rate applies to --backprop only.") }
        if let learningRate, !(learningRate > 0 && learningRate.isFinite) {
            throw ValidationError("--learning-rate must be a positive number (got \(learningRate)).")
        }
    }

    public func run() throws {
        let prepared = try RenderPipeline.prepare(regionLimit.applied(to: try source.load(inputs: inputs),
                                                                          budget: try ModelSource.budget(source.memoryBudget)),
                                                  retrain: retrain, forFigures: false, stage: { stage in
            if case .training(let epochs) = stage {
                FileHandle.standardError.write(Data("training \(source.displayName) for \(epochs) epochs first (as render does)\n".utf8))
            }
        })
        print(try Inspect.report(prepared.model, analysis: prepared.analysis.current, at: at, json: json, backprop: backprop,
                                 learningRate: learningRate) { FileHandle.standardError.write(Data(($0 + "\n").utf8)) },
              terminator: "")
    }
}
