import ArgumentParser

/// The `nnviz` command: subcommands inspect, train, render, examples, export.
public struct NNVizCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "nnviz",
        abstract: "See small neural networks: network graphs, exact linear regions, activation patterns and loss curves.",
        discussion: """
            A MODEL is a YAML or JSON model file (docs/model-file.md) or a built-in example (--example NAME).

            Examples:
              nnviz render
              nnviz examples
              nnviz inspect --example threshold-table --at "0;1;3;5;3.5"
              nnviz train --example spiral --output spiral-trained.yaml
            """,
        version: NNVizCommand.version,
        subcommands: [InspectCommand.self, TrainCommand.self, RenderCommand.self, ExamplesCommand.self,
                      ExportCommand.self])
    /// The version `nnviz --version` prints.
    public static let version = "nnviz 0.1.0"

    public init() {}
}
