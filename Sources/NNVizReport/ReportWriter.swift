import Foundation
import NNVizEngine
import NNVizFigures
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a report folder: `index.html`, `assets/report.{css,js}`, `figures/NAME.{svg,png,pdf}` and a marker file
/// that lists them (or, with `singleFile`, only `index.html` and the marker).
///
/// Atomic: everything is built in a hidden staging folder next to the destination and then swapped into place
/// with one atomic exchange of the two folders (Linux `renameat2(RENAME_EXCHANGE)`), so at every instant `-o`
/// holds either the previous report or the new one, even if the process is killed; the staging folders of killed
/// runs are removed by the next run (`ReportDestination`). The destination is checked by
/// `ReportDestination.prepare` (links followed, files nnviz did not write refused unless `force`). Output is
/// deterministic: same report ⇒ byte-identical files.
public enum ReportWriter {
    /// The file that marks a folder as an nnviz report (so `-o` never replaces an unrelated folder).
    public static let markerName = ".nnviz-report"

    /// Writes `report` into `directory` and returns the URL of its `index.html`.
    public static func write(_ report: Report, to directory: URL, options: ReportOptions = ReportOptions()) throws(ReportError) -> URL {
        try write(report, to: directory, options: options, failAfterStaging: false)
    }

    /// `failAfterStaging` simulates a failure after every file was staged (tests of the atomic guarantee).
    static func write(_ report: Report, to directory: URL, options: ReportOptions, failAfterStaging: Bool) throws(ReportError) -> URL {
        // Each figure fails alone: one that cannot be encoded is listed under "Not drawn" with its reason.
        var report = report
        let encoded = EncodedFigure.encodeEach(&report, options: options)
        let page = ReportPage.html(report, figures: encoded, options: options)
        let destination = try ReportDestination.prepare(directory, force: options.force)
        let parent = destination.deletingLastPathComponent()
        let fm = FileManager.default
        let staging = ReportDestination.stagingURL(for: destination, kind: "new")
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            try? fm.removeItem(at: staging)
            try fm.createDirectory(at: staging, withIntermediateDirectories: false)
            try stage(page: page, figures: encoded, options: options, in: staging)
            if failAfterStaging { throw CocoaError(.fileWriteUnknown) }
            try swap(staging, into: destination)
        } catch {
            try? fm.removeItem(at: staging)
            throw .writeFailed(path: destination.path, reason: FileSystemMessage.clause(for: error))
        }
        return destination.appendingPathComponent("index.html")
    }

    static func stage(page: String, figures: [EncodedFigure], options: ReportOptions, in folder: URL) throws {
        var written = ["index.html"]
        try Data(page.utf8).write(to: folder.appendingPathComponent("index.html"))
        if !options.singleFile {
            let assets = folder.appendingPathComponent("assets"), figureDir = folder.appendingPathComponent("figures")
            try FileManager.default.createDirectory(at: assets, withIntermediateDirectories: false)
            try Data((EmbeddedAssets.css + "\n").utf8).write(to: assets.appendingPathComponent("report.css"))
            try Data((EmbeddedAssets.js + "\n").utf8).write(to: assets.appendingPathComponent("report.js"))
            written += ["assets/report.css", "assets/report.js"]
            try FileManager.default.createDirectory(at: figureDir, withIntermediateDirectories: false)
            for e in figures {
                for (format, data) in e.files {
                    try data.write(to: figureDir.appendingPathComponent(e.fileName(format)))
                    written.append("figures/" + e.fileName(format))
                }
            }
        }
        let marker = "nnviz report folder: `nnviz render` replaces it as a whole. Files it wrote:\n"
            + written.sorted().joined(separator: "\n") + "\n"
        try Data(marker.utf8).write(to: folder.appendingPathComponent(markerName))
    }

    /// Puts `staging` at `destination`: a plain rename when nothing is there, else an atomic exchange of the two
    /// folders followed by removing the previous report (now at the staging path). Where the exchange is not
    /// supported, the previous folder is moved aside first and restored if the second rename fails.
    static func swap(_ staging: URL, into destination: URL) throws {
        let fm = FileManager.default
        guard fm.fileExists(atPath: destination.path) else { return try fm.moveItem(at: staging, to: destination) }
        if exchange(staging.path, destination.path) {
            try? fm.removeItem(at: staging)
            return
        }
        let old = ReportDestination.stagingURL(for: destination, kind: "old")
        try? fm.removeItem(at: old)
        try fm.moveItem(at: destination, to: old)
        do {
            try fm.moveItem(at: staging, to: destination)
        } catch {
            try? fm.moveItem(at: old, to: destination)
            throw error
        }
        try? fm.removeItem(at: old)
    }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// Atomically exchanges two paths (Linux ≥ 3.15 `renameat2` with `RENAME_EXCHANGE`, looked up at run time
    /// because Glibc's Swift module does not declare it); false when unavailable or refused.
    static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 1 << 1
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
        #else
        return false
        #endif
    }
}
