import Foundation
import Testing

/// A render killed at any moment leaves a report at `-o`, and the next run removes its staging folders.
@Suite struct KilledRenderTests {
    @Test(.enabled(if: BinaryTests.built)) func aKilledRenderAlwaysLeavesAReportAndTheNextRunCleansUp() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nnviz-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("report")
        let arguments = ["render", "--example", "xor-relu", "--format", "svg", "-o", output.path]
        #expect(try BinaryTests.run(arguments).status == 0)
        let delays: [Double] = [0.05, 0.2, 0.4, 0.6, 0.8, 1.0, 1.3]
        for delay in delays {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: BinaryTests.binary)
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path),
                    "no report at -o after a kill at \(delay) s")
        }
        #expect(try BinaryTests.run(arguments).status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "report" }
        #expect(leftovers.isEmpty, "staging folders left: \(leftovers)")
    }
}
