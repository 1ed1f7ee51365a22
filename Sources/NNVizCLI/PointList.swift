import Foundation
import NNVizEngine

/// The `--at` syntax: points separated by `;`, coordinates by `,` (e.g. `"0;1;3;5;3.5"` or `"0,1;1,0"`).
public enum PointList {
    /// The points, each with `inputCount` finite coordinates; throws a `CLIError` naming the bad point.
    public static func parse(_ text: String, inputCount: Int) throws(CLIError) -> [[Double]] {
        var points: [[Double]] = []
        for (i, part) in try parts(text, option: "--at", example: "--at \"0;1;3.5\"").enumerated() {
            points.append(try coordinates(part, index: i, inputCount: inputCount, option: "--at"))
        }
        return points
    }

    /// The non-empty `;`-separated parts of `text`, trimmed; throws when there is none.
    static func parts(_ text: String, option: String, example: String) throws(CLIError) -> [String] {
        let parts = text.split(separator: ";", omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !parts.isEmpty else {
            throw CLIError("\(option) needs at least one point, e.g. \(example) (points separated by ';').")
        }
        return parts
    }

    /// One point: `inputCount` finite numbers separated by `,` (`index` is 0-based, messages say `index + 1`).
    static func coordinates(_ part: String, index i: Int, inputCount: Int, option: String) throws(CLIError) -> [Double] {
        let coordinates = part.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let values = coordinates.compactMap { Double($0) }.filter(\.isFinite)
        guard values.count == coordinates.count else {
            throw CLIError("\(option) point \(i + 1) '\(part)' is not a list of finite numbers separated by ','.")
        }
        guard values.count == inputCount else {
            let example = (1...inputCount).map(String.init).joined(separator: ",")
            throw CLIError("\(option) point \(i + 1) '\(part)' has \(values.count) coordinate(s) but the model has "
                           + "\(inputCount) input(s) (write each point like \(example)).")
        }
        return values
    }
}
