import ArgumentParser
import Foundation
import NNVizEngine

/// `nnviz train MODEL`: trains with the file's `train:` settings, prints progress and the final loss.
public struct TrainCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a model with its train: settings and print the loss (and accuracy).",
        discussion: """
            Layers given as {units, activation} are initialised from train.seed; layers with weights start \
            from them. --epochs and --seed replace the file's settings. With --output, the trained model is \
            written in the model-file schema, JSON when the name ends in .json and YAML otherwise, with a trained: \
            block recording the settings, the starting weights and the loss history (only when training succeeds; \
            a diverged run writes nothing). Rendering that file draws it as it is. A trained model file given \
            here is trained anew from its recorded starting weights and settings.

            Examples:
              nnviz train --example spiral
              nnviz train --example spiral --epochs 500 --output spiral-trained.yaml
              nnviz train model.yaml --seed 3 --output trained.yaml
              nnviz inspect trained.yaml
            """)

    @OptionGroup public var source: ModelSource
    @OptionGroup public var inputs: InputOptions

    @Option(name: .long, parsing: .unconditional, help: "Train for this many epochs (1 to 10,000,000) instead of train.epochs.")
    public var epochs: Int?

    @Option(name: .long, parsing: .unconditional,
            help: "Use this seed (initial weights, shuffling, test split) instead of train.seed.")
    public var seed: UInt64?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the trained model to this file (.json: JSON, else YAML).", valueName: "file"))
    public var output: String?

    @Flag(name: .long, help: "Exit with status 1 (and write nothing) when the final loss is worse than the first.")
    public var failOnWorse = false

    public init() {}

    public func validate() throws {
        if let epochs, !(1...ModelLimits.epochs).contains(epochs) {
            throw ValidationError("--epochs must be from 1 to \(ModelLimits.epochs) (got \(epochs)).")
        }
    }

    public func run() throws {
        if let output { try OutputFile.check(output, option: "--output") }
        let model = try source.load(overrides: ModelFile.Overrides(seed: seed, epochs: epochs), inputs: inputs)
        try TrainRun.checkHasData(model, source: source.displayName)
        do { try ModelSource.budget(source.memoryBudget).checkTraining(model) } catch let error as MemoryBudget.Problem {
            throw CLIError("\(source.displayName): \(error.message).")
        }
        var printer = ProgressPrinter()
        let (trained, history) = try TrainRun.train(model) { printer.print($0) }
        print(TrainRun.summary(trained, history), terminator: "")
        if let warning = TrainRun.worseningWarning(trained, history) {
            FileHandle.standardError.write(Data(warning.utf8))
            if failOnWorse { throw ExitCode(1) }
        }
        if let output {
            try TrainRun.write(trained, history: history, to: output)
            print("wrote \(output)")
        }
    }
}
