import ArgumentParser
import NNVizEngine

/// `nnviz examples`: the built-in example models, one line each.
public struct ExamplesCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "examples",
        abstract: "List the built-in example models (use them with --example NAME).",
        discussion: """
            Every command that takes a MODEL file also accepts --example NAME.

            Examples:
              nnviz examples
              nnviz inspect --example threshold-table --at "0;1;3;5;3.5"
              nnviz train --example spiral --output spiral-trained.yaml
            """)

    public init() {}

    /// The listing: each name padded to a column, then its one-line summary.
    public static func listing() -> String {
        let width = BuiltInExamples.names.map(\.count).max() ?? 0
        return BuiltInExamples.all.map {
            $0.name + String(repeating: " ", count: width - $0.name.count + 2) + $0.summary
        }.joined(separator: "\n") + "\n"
    }

    public func run() {
        print(Self.listing(), terminator: "")
    }
}
