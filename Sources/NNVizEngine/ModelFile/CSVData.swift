import CSV
import Foundation

/// A CSV data file: a header row of column names, then one data point per row, numbers only.
///
/// Contract: parsed by CSV.swift (RFC 4180: quoted fields may hold commas, quotes and line breaks; LF or CRLF
/// line ends) — a text without any double quote is split directly, with the same result; a leading UTF-8
/// byte-order mark is dropped; spaces around fields are trimmed; blank lines are
/// skipped. The path must name a `.csv` file of at most `MemoryBudget.csvFileBytes`. The target column is the
/// one named by `target:` or else the last; the input columns are the columns named like the model's inputs
/// when all of them exist, or else all other columns in order. Messages quote at most `echoLimit` characters
/// of a field, so a path to some other file never prints its contents.
struct CSVData {
    var header: [String]
    var rows: [[String]]
    /// The CSV file name as the model file wrote it (for messages).
    var displayName: String

    /// The longest piece of file content a message quotes.
    static let echoLimit = 24

    static func read(path: String, displayName: String, budget: MemoryBudget,
                     blame: ModelField) throws(ModelFileError) -> CSVData {
        guard path.lowercased().hasSuffix(".csv") else {
            throw blame.error(.invalidValue, "the data file \(displayName) is not a .csv file (expected a path ending "
                              + "in .csv, relative to the model file)")
        }
        let text: String
        do { text = try TextFileReader.read(path: path, limit: budget.csvFileBytes) } catch {
            throw blame.error(.unreadable, "the data file \(displayName) cannot be read: \(error.message) "
                              + "(looked for \(path))")
        }
        return try parse(text, displayName: displayName, blame: blame)
    }

    /// The table in `text` (header row first).
    static func parse(_ text: String, displayName: String, blame: ModelField) throws(ModelFileError) -> CSVData {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.unicodeScalars.dropFirst()) : text
        let rows = hasQuote(body) ? try libraryRows(body, displayName: displayName, blame: blame) : unquotedRows(body)
        guard !rows.isEmpty else {
            throw blame.error(.badData, "the data file \(displayName) is empty (expected a header row and data rows)")
        }
        return CSVData(header: rows[0], rows: Array(rows.dropFirst()), displayName: displayName)
    }

    /// True when the text holds a double quote (a `memchr` over its bytes).
    static func hasQuote(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in bytes.baseAddress.map { memchr($0, 0x22, bytes.count) != nil } ?? false }
    }

    /// Rows by CSV.swift (quoted fields), trimmed, blank rows skipped.
    static func libraryRows(_ body: String, displayName: String, blame: ModelField) throws(ModelFileError) -> [[String]] {
        let reader: CSVReader
        do { reader = try CSVReader(string: body, hasHeaderRow: false, trimFields: false) } catch {
            throw blame.error(.badData, "the data file \(displayName) is not CSV text")
        }
        var rows: [[String]] = []
        while let row = reader.next() {
            let trimmed = row.map(trimmingBlanks)
            if trimmed.allSatisfy(\.isEmpty) { continue }
            rows.append(trimmed)
        }
        return rows
    }

    /// Rows of a text without a double quote: RFC 4180 then has nothing to interpret but separators, so lines
    /// (LF, CRLF or CR) and commas are split as bytes — 5× faster than the library's scalar-by-scalar fields
    /// (docs/benchmarks.md, "Loading"); the result equals `libraryRows` (tested).
    static func unquotedRows(_ body: String) -> [[String]] {
        var text = body
        return text.withUTF8 { bytes in
            var rows: [[String]] = []
            var fields: [String] = []
            var start = 0
            func endField(_ end: Int) {
                fields.append(trimmingBlanks(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)))
            }
            for i in 0..<bytes.count {
                switch bytes[i] {
                case UInt8(ascii: ","):
                    endField(i)
                    start = i + 1
                case 0x0A, 0x0D:
                    endField(i)
                    start = i + 1
                    if !fields.allSatisfy(\.isEmpty) { rows.append(fields) }
                    fields.removeAll(keepingCapacity: true)
                default:
                    break
                }
            }
            endField(bytes.count)
            if !fields.allSatisfy(\.isEmpty) { rows.append(fields) }
            return rows
        }
    }

    /// The field without spaces or tabs at its ends (a byte scan; most fields have none and are returned as they are).
    static func trimmingBlanks(_ field: String) -> String {
        let isBlank = { (b: UInt8) in b == 0x20 || b == 0x09 }
        guard let first = field.utf8.first, let last = field.utf8.last, isBlank(first) || isBlank(last) else { return field }
        let bytes = Array(field.utf8)
        let start = bytes.firstIndex { !isBlank($0) } ?? bytes.count
        let end = (bytes.lastIndex { !isBlank($0) } ?? -1) + 1
        return start < end ? String(decoding: bytes[start..<end], as: UTF8.self) : ""
    }

    /// A field as a message may quote it: control characters replaced, at most `echoLimit` characters.
    static func echo(_ field: String) -> String {
        let clean = DisplayName.clean(field)
        return clean.count <= echoLimit ? clean : String(clean.prefix(echoLimit)) + "…"
    }

    /// The header as a message may list it: at most eight columns, each shortened by `echo`.
    var headerEcho: String {
        let shown = header.prefix(8).map(Self.echo).joined(separator: ", ")
        return header.count > 8 ? shown + ", … (\(header.count) columns)" : shown
    }

    /// The data set: input columns for `inputNames`, targets from `target` (or the last column).
    func dataset(inputNames: [String], target: String?, blame: ModelField) throws(ModelFileError) -> Dataset {
        let targetIndex: Int
        if let target {
            guard let index = header.firstIndex(of: target) else {
                throw blame.error(.badData, "\(displayName) has no column `\(Self.echo(target))` (its columns are "
                                  + "\(headerEcho))")
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
                              + "`\(Self.echo(header[targetIndex]))` but the network has \(inputNames.count) inputs")
        }
        guard !rows.isEmpty else { throw blame.error(.badData, "\(displayName) has a header but no data rows") }
        return try numbers(columns: inputIndices + [targetIndex], blame: blame)
    }

    /// The chosen columns of every row as numbers (the last one is the target).
    private func numbers(columns: [Int], blame: ModelField) throws(ModelFileError) -> Dataset {
        var storage: [Double] = []
        storage.reserveCapacity(rows.count * (columns.count - 1))
        var targets: [Double] = []
        targets.reserveCapacity(rows.count)
        for (r, row) in rows.enumerated() {
            guard row.count == header.count else {
                throw blame.error(.wrongShape, "row \(r + 2) of \(displayName) has \(row.count) fields but the header "
                                  + "has \(header.count)")
            }
            for (k, c) in columns.enumerated() {
                guard let value = Double(row[c]), value.isFinite else {
                    throw blame.error(.badData, "row \(r + 2) of \(displayName), column `\(Self.echo(header[c]))`: "
                                      + "expected a finite number but found `\(Self.echo(row[c]))`")
                }
                guard abs(value) <= ModelLimits.magnitude else {
                    throw blame.error(.invalidValue, "row \(r + 2) of \(displayName), column `\(Self.echo(header[c]))`: "
                                      + "\(Self.echo(row[c])) is beyond ±\(ModelLimits.magnitudeText), the largest "
                                      + "magnitude nnviz's exact arithmetic handles")
                }
                if k == columns.count - 1 { targets.append(value) } else { storage.append(value) }
            }
        }
        return Dataset(inputs: Matrix(rows: rows.count, columns: columns.count - 1, storage: storage), targets: targets)
    }
}

extension ModelFile {
    /// Decodes CSV text as a `csv:` data file for a network with `inputNames` (the target column named
    /// `target`, else the last): the same rules and messages as a model file's `csv:` key (see `CSVData`).
    /// `fileName` names the file in messages. Used by the fuzzer and by tools that read data files alone.
    public static func parseCSV(_ text: String, fileName: String, inputNames: [String],
                                target: String? = nil) throws(ModelFileError) -> Dataset {
        let blame = ModelField(node: ModelNode(value: .null, line: nil), path: "data.csv", file: fileName)
        return try CSVData.parse(text, displayName: fileName, blame: blame)
            .dataset(inputNames: inputNames, target: target, blame: blame)
    }
}
