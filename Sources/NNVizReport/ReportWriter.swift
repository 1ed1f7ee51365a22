import Foundation
import NNVizFigures

/// Writes a report folder: `index.html`, `assets/report.{css,js}`, `figures/NAME.{svg,png,pdf}` and a marker file
/// (or, with `singleFile`, only `index.html` and the marker).
///
/// Atomic: everything is built in a hidden temporary folder next to the destination and then renamed into place;
/// a previous report is moved aside first and restored if the final rename fails, so a failure leaves any
/// previous report untouched. An existing destination that is neither empty nor a previous report (no marker
/// file) is never replaced. Output is deterministic: same report ⇒ byte-identical files.
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
        let destination = directory.standardizedFileURL
        try checkDestination(destination)
        let parent = destination.deletingLastPathComponent()
        let fm = FileManager.default
        let staging = parent.appendingPathComponent(".\(destination.lastPathComponent).nnviz-new-\(getpid())")
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            try? fm.removeItem(at: staging)
            try fm.createDirectory(at: staging, withIntermediateDirectories: false)
            try stage(page: page, figures: encoded, options: options, in: staging)
            if failAfterStaging { throw CocoaError(.fileWriteUnknown) }
            try swap(staging, into: destination)
        } catch {
            try? fm.removeItem(at: staging)
            throw .writeFailed(path: destination.path, reason: reason(error))
        }
        return destination.appendingPathComponent("index.html")
    }

    static func checkDestination(_ destination: URL) throws(ReportError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: destination.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw .destinationNotAReport(path: destination.path) }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: destination.path)) ?? []
        if !contents.isEmpty && !contents.contains(markerName) { throw .destinationNotAReport(path: destination.path) }
    }

    static func stage(page: String, figures: [EncodedFigure], options: ReportOptions, in folder: URL) throws {
        try Data(page.utf8).write(to: folder.appendingPathComponent("index.html"))
        try Data("nnviz report folder: `nnviz render` replaces it as a whole.\n".utf8).write(to: folder.appendingPathComponent(markerName))
        guard !options.singleFile else { return }
        let assets = folder.appendingPathComponent("assets"), figureDir = folder.appendingPathComponent("figures")
        try FileManager.default.createDirectory(at: assets, withIntermediateDirectories: false)
        try Data((EmbeddedAssets.css + "\n").utf8).write(to: assets.appendingPathComponent("report.css"))
        try Data((EmbeddedAssets.js + "\n").utf8).write(to: assets.appendingPathComponent("report.js"))
        try FileManager.default.createDirectory(at: figureDir, withIntermediateDirectories: false)
        for e in figures {
            for (format, data) in e.files { try data.write(to: figureDir.appendingPathComponent(e.fileName(format))) }
        }
    }

    /// Moves `staging` to `destination`, keeping the previous folder until the new one is in place.
    static func swap(_ staging: URL, into destination: URL) throws {
        let fm = FileManager.default
        guard fm.fileExists(atPath: destination.path) else { return try fm.moveItem(at: staging, to: destination) }
        let old = destination.deletingLastPathComponent().appendingPathComponent(".\(destination.lastPathComponent).nnviz-old-\(getpid())")
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

    static func reason(_ error: Error) -> String {
        if let e = error as? CocoaError, let path = e.filePath { return "\(e.localizedDescription) (\(path))" }
        return (error as NSError).localizedDescription
    }
}
