import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `-o` folder of a report: what may be replaced, where the staging folders live, and the cleanup of runs
/// that were killed.
///
/// Contract (docs/report.md, "Nothing of yours is lost"):
/// - a symbolic link at `-o` is followed (up to 40 links) and the report is written where it points; the link
///   itself is never replaced;
/// - an existing `-o` must be a folder that is empty or holds an nnviz report (the marker file); a report
///   folder holding files nnviz did not write is refused, naming them, unless `force` is set;
/// - staging folders `.NAME.nnviz-new-PID` / `.NAME.nnviz-old-PID` next to `-o` whose process is gone are
///   removed, and a previous report left aside by a killed run is moved back when `-o` is missing.
public enum ReportDestination {
    /// The folder the report is written to: `directory` with symbolic links followed. Throws when it is a
    /// file, a folder that is not a report, or a report folder with files nnviz did not write (unless `force`).
    /// Cleans up after killed runs first. Call it before training or drawing, so nothing is computed in vain.
    public static func prepare(_ directory: URL, force: Bool = false) throws(ReportError) -> URL {
        let destination = try resolvingLinks(directory.standardizedFileURL)
        recoverKilledRuns(destination)
        try check(destination, force: force)
        return destination
    }

    /// The path a chain of symbolic links at `url` ends in (relative targets against the link's folder).
    static func resolvingLinks(_ url: URL) throws(ReportError) -> URL {
        var current = url
        for _ in 0..<40 {
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: current.path) else {
                return current
            }
            current = target.hasPrefix("/") ? URL(fileURLWithPath: target)
                : current.deletingLastPathComponent().appendingPathComponent(target)
            current = current.standardizedFileURL
        }
        throw .writeFailed(path: url.path, reason: "it is a symbolic link that loops (more than 40 links)")
    }

    static func check(_ destination: URL, force: Bool) throws(ReportError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: destination.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw .destinationNotAReport(path: destination.path) }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: destination.path)) ?? []
        if contents.isEmpty { return }
        guard contents.contains(ReportWriter.markerName) else { throw .destinationNotAReport(path: destination.path) }
        let foreign = foreignFiles(in: destination)
        if !foreign.isEmpty, !force { throw .destinationHasOtherFiles(path: destination.path, files: foreign) }
    }

    /// The files and folders under a report folder that nnviz did not write, as sorted relative paths.
    static func foreignFiles(in folder: URL) -> [String] {
        let marker = (try? String(contentsOf: folder.appendingPathComponent(ReportWriter.markerName), encoding: .utf8)) ?? ""
        let manifest = Set(marker.split(separator: "\n").dropFirst().map(String.init))
        var foreign: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            let full = folder.appendingPathComponent(path).path
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                if !["assets", "figures"].contains(path) { foreign.append(path + "/") ; enumerator?.skipDescendants() }
                continue
            }
            let ours = manifest.isEmpty ? writtenByOlderNnviz(path) : manifest.contains(path)
            if !ours && path != ReportWriter.markerName { foreign.append(path) }
        }
        return foreign.sorted()
    }

    /// Reports written before the marker listed its files: the fixed layout of those versions.
    private static func writtenByOlderNnviz(_ path: String) -> Bool {
        if ["index.html", "assets/report.css", "assets/report.js"].contains(path) { return true }
        let parts = path.split(separator: "/")
        guard parts.count == 2, parts[0] == "figures", let dot = parts[1].lastIndex(of: ".") else { return false }
        return ["svg", "png", "pdf"].contains(String(parts[1][parts[1].index(after: dot)...]))
    }

    // MARK: Staging folders

    /// `.NAME.nnviz-new-PID` (the report being built) or `.NAME.nnviz-old-PID` (the previous one, set aside).
    static func stagingURL(for destination: URL, kind: String, pid: Int32 = getpid()) -> URL {
        destination.deletingLastPathComponent().appendingPathComponent(".\(destination.lastPathComponent).nnviz-\(kind)-\(pid)")
    }

    /// Removes staging folders of runs that are no longer alive; when `-o` is missing but a killed run set the
    /// previous report aside, moves it back first.
    static func recoverKilledRuns(_ destination: URL) {
        let fm = FileManager.default
        let parent = destination.deletingLastPathComponent()
        let prefix = ".\(destination.lastPathComponent).nnviz-"
        guard let names = try? fm.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names.sorted() where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = Int32(rest[rest.index(after: dash)...]),
                  !isAlive(pid) || pid == getpid() else { continue }
            let url = parent.appendingPathComponent(name)
            if rest[..<dash] == "old", !fm.fileExists(atPath: destination.path),
               (try? fm.moveItem(at: url, to: destination)) != nil { continue }
            try? fm.removeItem(at: url)
        }
    }

    private static func isAlive(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }
}
