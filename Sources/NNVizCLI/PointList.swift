import Foundation
import NNVizEngine

/// The `--at` syntax: points separated by `;`, coordinates by `,` (e.g. `"0;1;3;5;3.5"` or `"0,1;1,0"`).
public enum PointList {
    /// The points, each with `inputCount` finite coordinates; throws a `CLIError` naming the bad point.
    public static func parse(_ text: String, inputCount: Int) throws(CLIError) -> [[Double]] {
        let parts = text.split(separator: ";", omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !parts.isEmpty else {
            throw CLIError("--at needs at least one point, e.g. --at \"0;1;3.5\" (points separated by ';').")
        }
        var points: [[Double]] = []
        for (i, part) in parts.enumerated() {
            let coordinates = part.split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            let values = coordinates.compactMap { Double($0) }.filter(\.isFinite)
            guard values.count == coordinates.count else {
                throw CLIError("--at point \(i + 1) '\(part)' is not a list of finite numbers separated by ','.")
            }
            guard values.count == inputCount else {
                let example = (1...inputCount).map(String.init).joined(separator: ",")
                throw CLIError("--at point \(i + 1) '\(part)' has \(values.count) coordinate(s) but the model has "
                               + "\(inputCount) input(s) (write each point like \(example)).")
            }
            points.append(values)
        }
        return points
    }
}
