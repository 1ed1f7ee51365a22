import ArgumentParser

/// The `nnviz` command: subcommands inspect, train, render, examples.
public struct NNVizCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "nnviz",
        abstract: "See small neural networks: graphs, exact linear regions, warps, boundaries and loss curves.",
        subcommands: [InspectCommand.self, TrainCommand.self, RenderCommand.self, ExamplesCommand.self])
    public init() {}
}
