import Foundation
import NNVizEngine

/// The `--at` syntax: points separated by `;`, coordinates by `,` (e.g. `"0;1;3;5;3.5"` or `"0,1;1,0"`).
public enum PointList {
    /// The points, each with `inputCount` finite coordinates; throws a `CLIError` naming the bad point.
    /// `option` and `what` name the flag and its items in messages (`--at`, `point`).
    public static func parse(_ text: String, inputCount: Int, option: String = "--at",
                             what: String = "point") throws(CLIError) -> [[Double]] {
        let parts = text.split(separator: ";", omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !parts.isEmpty else {
            throw CLIError("\(option) needs at least one \(what), e.g. \(option) \"0;1;3.5\" (\(what)s separated by ';').")
        }
        var points: [[Double]] = []
        for (i, part) in parts.enumerated() {
            let coordinates = part.split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            let values = coordinates.compactMap { Double($0) }.filter(\.isFinite)
            guard values.count == coordinates.count else {
                throw CLIError("\(option) \(what) \(i + 1) '\(part)' is not a list of finite numbers separated by ','.")
            }
            guard values.count == inputCount else {
                let example = (1...inputCount).map(String.init).joined(separator: ",")
                throw CLIError("\(option) \(what) \(i + 1) '\(part)' has \(values.count) coordinate(s) but "
                               + (what == "point" ? "the model has \(inputCount) input(s)" : "needs \(inputCount)")
                               + " (write each \(what) like \(example)).")
            }
            points.append(values)
        }
        return points
    }
}
