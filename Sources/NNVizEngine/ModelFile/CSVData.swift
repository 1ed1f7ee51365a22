import Foundation

/// A CSV data file: a header row of column names, then one data point per row, numbers only.
///
/// Contract: fields are separated by commas, surrounding spaces and double quotes are dropped, empty lines
/// are skipped. The target column is the one named by `target:` or else the last; the input columns are the
/// columns named like the model's inputs when all of them exist, or else all other columns in order.
struct CSVData {
    var header: [String]
    var rows: [[String]]
    /// The CSV file name as the model file wrote it (for messages).
    var displayName: String

    static func read(path: String, displayName: String, blame: ModelField) throws(ModelFileError) -> CSVData {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw blame.error(.unreadable, "the data file \(displayName) cannot be read (looked for \(path))")
        }
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        guard let first = lines.first else {
            throw blame.error(.badData, "the data file \(displayName) is empty (expected a header row and data rows)")
        }
        return CSVData(header: fields(first), rows: lines.dropFirst().map(fields), displayName: displayName)
    }

    static func fields<S: StringProtocol>(_ line: S) -> [String] {
        line.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
    }

    /// The data set: input columns for `inputNames`, targets from `target` (or the last column).
    func dataset(inputNames: [String], target: String?, blame: ModelField) throws(ModelFileError) -> Dataset {
        let targetIndex: Int
        if let target {
            guard let index = header.firstIndex(of: target) else {
                throw blame.error(.badData, "\(displayName) has no column `\(target)` (its columns are "
                                  + "\(header.joined(separator: ", ")))")
            }
            targetIndex = index
        } else {
            targetIndex = header.count - 1
        }
        let others = header.indices.filter { $0 != targetIndex }
        let byName = inputNames.compactMap { name in others.first { header[$0] == name } }
        let inputIndices = byName.count == inputNames.count ? byName : others
        guard inputIndices.count == inputNames.count else {
            throw blame.error(.wrongShape, "\(displayName) has \(others.count) input columns besides the target "
                              + "`\(header[targetIndex])` but the network has \(inputNames.count) inputs")
        }
        guard !rows.isEmpty else { throw blame.error(.badData, "\(displayName) has a header but no data rows") }
        var points: [[Double]] = []
        var targets: [Double] = []
        for (r, row) in rows.enumerated() {
            guard row.count == header.count else {
                throw blame.error(.wrongShape, "row \(r + 2) of \(displayName) has \(row.count) fields but the header "
                                  + "has \(header.count)")
            }
            var point: [Double] = []
            for c in inputIndices + [targetIndex] {
                guard let value = Double(row[c]), value.isFinite else {
                    throw blame.error(.badData, "row \(r + 2) of \(displayName), column `\(header[c])`: expected a "
                                      + "finite number but found `\(row[c])`")
                }
                point.append(value)
            }
            targets.append(point.removeLast())
            points.append(point)
        }
        return Dataset(inputs: Matrix(points), targets: targets)
    }
}
