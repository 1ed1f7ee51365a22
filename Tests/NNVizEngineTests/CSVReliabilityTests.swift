import Foundation
import Testing
@testable import NNVizEngine

/// CSV data files read by CSV.swift: spreadsheet exports, and paths that point at files that are not CSV.
@Suite struct CSVReliabilityTests {
    /// Writes `bytes` as `name` next to a model that reads it with `csv: name`; returns the model's path.
    static func model(csv name: String, bytes: [UInt8], extra: String = "") throws -> String {
        let dir = try temporaryFolder()
        try Data(bytes).write(to: dir.appendingPathComponent(name))
        let yaml = validXOR.components(separatedBy: "data:")[0] + "data:\n  csv: \(name)\n" + extra
        let path = dir.appendingPathComponent("m.yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func quotedFieldsWithCommasAreOneField() throws {
        let csv = "\"x1\",\"x2\",\"label, class\"\n\"0\",0,\"1\"\n1,\"1\",0\n"
        let model = try ModelFile.load(path: try Self.model(csv: "q.csv", bytes: Array(csv.utf8)))
        #expect(model.data?.targets == [1, 0])
        #expect(model.data?.inputs.rowArrays == [[0, 0], [1, 1]])
    }

    @Test func spreadsheetExportWithBOMAndCRLFReads() throws {
        let csv = [0xEF, 0xBB, 0xBF] + Array("x1,x2,y\r\n0,1,1\r\n\r\n1,0,1\r\n".utf8)
        let model = try ModelFile.load(path: try Self.model(csv: "excel.csv", bytes: csv))
        #expect(model.data?.count == 2)
        #expect(model.data?.inputs.rowArrays == [[0, 1], [1, 0]])
    }

    @Test func aPathToAFileThatIsNotCSVNeverEchoesItsContents() throws {
        let path = try Self.model(csv: "x.csv", bytes: Array("x1,x2,y\n".utf8))
        let yaml = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "x.csv", with: "/etc/passwd")
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        let error = try #require(throws: ModelFileError.self) { try ModelFile.load(path: path) }
        #expect(error.message.contains("is not a .csv file"))
        #expect(!error.description.contains("root"))
    }

    @Test func longFieldsAreShortenedInMessages() throws {
        let secret = String(repeating: "s", count: 200)
        let csv = "x1,x2,y\n0,\(secret),1\n"
        let error = try #require(throws: ModelFileError.self) {
            try ModelFile.load(path: try Self.model(csv: "long.csv", bytes: Array(csv.utf8)))
        }
        #expect(error.message.contains("found `" + String(repeating: "s", count: CSVData.echoLimit) + "…`"))
        #expect(!error.message.contains(String(repeating: "s", count: CSVData.echoLimit + 1)))
    }

    @Test func csvValuesBeyondTheExactArithmeticLimitAreRefused() throws {
        let error = try #require(throws: ModelFileError.self) {
            try ModelFile.load(path: try Self.model(csv: "big.csv", bytes: Array("x1,x2,y\n1e308,0,1\n".utf8)))
        }
        #expect(error.message.contains("±10⁹"))
    }

    @Test func theQuoteFreeFastPathSplitsExactlyLikeTheLibrary() throws {
        var rng = SeededGenerator(seed: 13)
        let pieces = ["1", "-2.5", "x1", "é", "", " ", "\t", " 3 ", "1e5", ",", ",", "\n", "\r\n", "\r", "\n\n", " \n"]
        let blame = ModelField(node: ModelNode(value: .null, line: nil), path: "data.csv", file: "t.csv")
        for _ in 0..<500 {
            let text = (0..<Int(rng.nextUniform(in: 0, 40))).map { _ in pieces[Int(rng.nextUniform(in: 0, Double(pieces.count)))] }.joined()
            #expect(CSVData.unquotedRows(text) == (try CSVData.libraryRows(text, displayName: "t.csv", blame: blame)),
                    "\(text.debugDescription)")
        }
    }

    @Test func csvDirectoryOrFIFOIsNamedNotHung() throws {
        let path = try Self.model(csv: "p.csv", bytes: Array("x1,x2,y\n".utf8))
        let dir = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.removeItem(at: dir.appendingPathComponent("p.csv"))
        #expect(mkfifo(dir.appendingPathComponent("p.csv").path, 0o600) == 0)
        let error = try #require(throws: ModelFileError.self) { try ModelFile.load(path: path) }
        #expect(error.message.contains("FIFO"))
    }
}
