import Foundation
import Testing

/// The `Golden` folder next to the calling test file: `goldenDirectory()` in `Tests/X/FooTests.swift`
/// is `Tests/X/Golden`. Goldens are read from (and recorded into) the source tree, not the test bundle.
public func goldenDirectory(filePath: String = #filePath) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden")
}

/// Compares `text` with the golden file `directory/NAME.EXT` and records a test issue naming the first
/// differing line when they differ or the file is missing.
///
/// Recording: with the environment variable `NNVIZ_RECORD_GOLDENS=1` the file is (re)written and the test
/// FAILS anyway ("recorded …"), so a recording run can never pass silently; run again without it to check.
/// Review recorded goldens (open the SVG) before committing them.
public func assertGolden(_ text: String, named name: String, in directory: URL, extension ext: String = "svg",
                         sourceLocation: SourceLocation = #_sourceLocation) {
    let url = directory.appendingPathComponent(name).appendingPathExtension(ext)
    if ProcessInfo.processInfo.environment["NNVIZ_RECORD_GOLDENS"] == "1" {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
            Issue.record("recorded golden \(url.path); unset NNVIZ_RECORD_GOLDENS and run again to check it",
                         sourceLocation: sourceLocation)
        } catch {
            Issue.record("could not record golden \(url.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
        Issue.record("golden file \(url.path) is missing; record it with NNVIZ_RECORD_GOLDENS=1",
                     sourceLocation: sourceLocation)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard expected != text else { return }
    Issue.record(Comment(rawValue: goldenDifference(expected: expected, actual: text, path: url.path)),
                 sourceLocation: sourceLocation)
}

/// One paragraph describing the first line where `actual` differs from `expected`.
func goldenDifference(expected: String, actual: String, path: String) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var index = 0
    while index < min(e.count, a.count) && e[index] == a[index] { index += 1 }
    let expectedLine = index < e.count ? String(e[index]) : "<end of file>"
    let actualLine = index < a.count ? String(a[index]) : "<end of file>"
    return "output differs from golden \(path) at line \(index + 1):\n  expected: \(expectedLine.prefix(300))\n"
        + "  actual:   \(actualLine.prefix(300))\n(re-record with NNVIZ_RECORD_GOLDENS=1 if the change is intended)"
}
