import Foundation
import NNVizEngine
import NNVizFigures
@testable import NNVizReport

/// A fresh temporary folder for one test.
func temporaryFolder(_ name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("nnviz-report-tests-\(getpid())-\(name)")
    try? FileManager.default.removeItem(at: url)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Loads a built-in example by name.
func example(_ name: String) throws -> Model {
    guard let e = BuiltInExamples.named(name) else { throw CocoaError(.fileNoSuchFile) }
    return try e.load()
}

/// Every `src="…"` and `href="…"` value of a page.
func references(in html: String) -> [String] {
    var result: [String] = []
    for attribute in ["src=\"", "href=\""] {
        var rest = Substring(html)
        while let r = rest.range(of: attribute) {
            rest = rest[r.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            result.append(String(rest[..<end]))
            rest = rest[end...]
        }
    }
    return result
}

/// All regular files under `folder`, as relative paths, sorted.
func files(under folder: URL) -> [String] {
    let base = folder.standardizedFileURL.path
    let e = FileManager.default.enumerator(atPath: base)
    var out: [String] = []
    while let p = e?.nextObject() as? String {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: base + "/" + p, isDirectory: &isDir), !isDir.boolValue { out.append(p) }
    }
    return out.sorted()
}
