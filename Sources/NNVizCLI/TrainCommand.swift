import ArgumentParser
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

    @Option(name: .long, help: "Train for this many epochs instead of train.epochs.")
    public var epochs: Int?

    @Option(name: .long, help: "Use this seed (initial weights, shuffling, test split) instead of train.seed.")
    public var seed: UInt64?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the trained model to this file (.json: JSON, else YAML).", valueName: "file"))
    public var output: String?

    public init() {}

    public func validate() throws {
        if let epochs, epochs < 1 { throw ValidationError("--epochs must be at least 1 (got \(epochs)).") }
    }

    public func run() throws {
        let model = try source.load(overrides: ModelFile.Overrides(seed: seed, epochs: epochs))
        var printer = ProgressPrinter()
        let (trained, history) = try TrainRun.train(model) { printer.print($0) }
        print(TrainRun.summary(trained, history), terminator: "")
        if let output {
            try TrainRun.write(trained, history: history, to: output)
            print("wrote \(output)")
        }
    }
}
