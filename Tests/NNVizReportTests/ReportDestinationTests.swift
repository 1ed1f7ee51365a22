import Foundation
import NNVizEngine
import NNVizFigures
@testable import NNVizReport
import Testing

/// Nothing of the user's is lost when a report is written (issue 13, item 5); each failed on the old code.
@Suite struct ReportDestinationTests {
    static func report() throws -> Report { try Report.build(FigureContext(model: try example("xor-relu"))) }
    static let svgOnly = ReportOptions(formats: [.svg])

    @Test func filesTheUserSavedInAReportFolderAreNamedAndKept() throws {
        let folder = try temporaryFolder("foreign")
        let destination = folder.appendingPathComponent("report")
        _ = try ReportWriter.write(try Self.report(), to: destination, options: Self.svgOnly)
        try Data("mine".utf8).write(to: destination.appendingPathComponent("notes.txt"))
        try Data("mine".utf8).write(to: destination.appendingPathComponent("figures/annotated.png"))
        let error = try #require(throws: ReportError.self) {
            _ = try ReportWriter.write(try Self.report(), to: destination, options: Self.svgOnly)
        }
        #expect(error == .destinationHasOtherFiles(path: destination.path, files: ["figures/annotated.png", "notes.txt"]))
        #expect(error.description.contains("pass --force"))
        #expect(FileManager.default.fileExists(atPath: destination.appendingPathComponent("notes.txt").path))
        var forced = Self.svgOnly
        forced.force = true
        _ = try ReportWriter.write(try Self.report(), to: destination, options: forced)
        #expect(!FileManager.default.fileExists(atPath: destination.appendingPathComponent("notes.txt").path))
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func rerenderingItsOwnReportNeedsNoForce() throws {
        let folder = try temporaryFolder("rerender")
        let destination = folder.appendingPathComponent("report")
        _ = try ReportWriter.write(try Self.report(), to: destination)
        #expect(ReportDestination.foreignFiles(in: destination).isEmpty)
        _ = try ReportWriter.write(try Self.report(), to: destination, options: Self.svgOnly)
        #expect(files(under: destination).allSatisfy { !$0.hasSuffix(".png") }, "the second run replaced the first")
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func aSymlinkedOutputIsWrittenThroughNotReplaced() throws {
        let folder = try temporaryFolder("symlink")
        let target = folder.appendingPathComponent("real-report"), link = folder.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real-report")
        _ = try ReportWriter.write(try Self.report(), to: link, options: Self.svgOnly)
        _ = try ReportWriter.write(try Self.report(), to: link, options: Self.svgOnly)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "real-report")
        #expect(FileManager.default.fileExists(atPath: target.appendingPathComponent("index.html").path))
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func stagingFoldersOfKilledRunsAreCleanedUpAndASetAsideReportRestored() throws {
        let folder = try temporaryFolder("killed")
        let destination = folder.appendingPathComponent("report")
        let deadPID: Int32 = 2_000_000_000  // above any pid_max, so no such process
        let new = ReportDestination.stagingURL(for: destination, kind: "new", pid: deadPID)
        let old = ReportDestination.stagingURL(for: destination, kind: "old", pid: deadPID)
        for url in [new, old] { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        try Data("previous".utf8).write(to: old.appendingPathComponent("index.html"))
        try Data("nnviz report\nindex.html\n".utf8).write(to: old.appendingPathComponent(ReportWriter.markerName))
        let live = ReportDestination.stagingURL(for: destination, kind: "new", pid: getppid())
        try FileManager.default.createDirectory(at: live, withIntermediateDirectories: true)
        _ = try ReportDestination.prepare(destination)
        #expect(try String(contentsOf: destination.appendingPathComponent("index.html"), encoding: .utf8) == "previous")
        #expect(!FileManager.default.fileExists(atPath: new.path) && !FileManager.default.fileExists(atPath: old.path))
        #expect(FileManager.default.fileExists(atPath: live.path), "a running render's staging folder is left alone")
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func theSwapExchangesBothFoldersAtOnce() throws {
        let folder = try temporaryFolder("exchange")
        let a = folder.appendingPathComponent("a"), b = folder.appendingPathComponent("b")
        for (url, text) in [(a, "A"), (b, "B")] {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url.appendingPathComponent("f"))
        }
        #if os(Linux)
        #expect(ReportWriter.exchange(a.path, b.path))
        #expect(try String(contentsOf: a.appendingPathComponent("f"), encoding: .utf8) == "B")
        #expect(try String(contentsOf: b.appendingPathComponent("f"), encoding: .utf8) == "A")
        #endif
        try? FileManager.default.removeItem(at: folder)
    }
}
