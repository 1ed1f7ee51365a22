import ArgumentParser
import Foundation
import NNVizEngine

/// `nnviz inspect MODEL`: the summary, `--json` facts, and the worked table at `--at` points.
public struct InspectCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Summarise a model: layers, shapes, activations and parameter counts.",
        discussion: """
            With --at, also print every layer's z and u, the output and the predicted class at the given points \
            (points separated by ';', coordinates by ','), like the worked tables of the course notes.
            With --json, print the machine-readable facts (name, inputs, parameters, layers, trace) instead.

            Examples:
              nnviz inspect model.yaml
              nnviz inspect --example xor-relu
              nnviz inspect --example threshold-table --at "0;1;3;5;3.5"
              nnviz inspect --example xor-relu --at "0,0;0,1;1,0;1,1" --json
            """)

    @OptionGroup public var source: ModelSource

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Points to trace, e.g. \"0;1;3.5\" (1-D) or \"0,1;1,0\" (2-D).",
                                            valueName: "points"))
    public var at: String?

    @Flag(name: .long, help: "Print the facts as JSON (fixed key order).")
    public var json = false

    @OptionGroup public var regionLimit: RegionLimitOption

    public init() {}

    public func run() throws {
        let model = regionLimit.applied(to: try source.load())
        print(try Inspect.report(model, at: at, json: json) { FileHandle.standardError.write(Data(($0 + "\n").utf8)) },
              terminator: "")
    }
}
