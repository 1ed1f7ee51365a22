import Foundation
import NNVizEngine
import NNVizReport
import Testing

/// Runs Tests/browser/check_report.py (Playwright driving Debian's headless Chromium) on a rendered report.
enum BrowserCheck {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let script = root.appendingPathComponent("Tests/browser/check_report.py")
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty && $0 != "false" } ?? false }

    /// True when python3 with playwright and /usr/bin/chromium are there.
    static var available: Bool {
        FileManager.default.fileExists(atPath: "/usr/bin/chromium") && run(["python3", "-c", "import playwright.sync_api"]).status == 0
    }

    static func run(_ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (127, "cannot start \(arguments[0]): \(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

@Suite struct BrowserTests {
    /// Under CI=true this always runs (and fails if the browser stack is missing); elsewhere it is skipped
    /// with a message when python3, playwright or chromium is missing.
    @Test(.enabled(if: BrowserCheck.available || BrowserCheck.isCI,
                   "python3 with playwright and /usr/bin/chromium are needed for the browser test (set CI=true to require it)"),
          arguments: zip(["spiral", "threshold-1d", "xor-relu"], [false, false, true]))
    func reportOpensInChromiumWithoutErrors(example name: String, singleFile: Bool) throws {
        let folder = artifactsFolder().appendingPathComponent("browser-\(name)")
        let model = try example(name)
        _ = try RenderPipeline.render(model, to: folder, options: ReportOptions(singleFile: singleFile))
        let shot = artifactsFolder().appendingPathComponent(name == "spiral" ? "report.png" : "report-\(name).png")
        let (status, output) = BrowserCheck.run(["python3", BrowserCheck.script.path, folder.path, shot.path])
        #expect(status == 0, "browser check failed:\n\(output)")
        #expect(FileManager.default.fileExists(atPath: shot.path))
    }
}
