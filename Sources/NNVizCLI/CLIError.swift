/// A command-line problem that is not a model-file or training error (bad `--at` points, unwritable output).
/// `description` is one sentence; ArgumentParser prints it to stderr and exits non-zero.
public struct CLIError: Error, CustomStringConvertible, Equatable, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
