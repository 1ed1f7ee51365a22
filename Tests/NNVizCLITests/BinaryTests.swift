import Foundation
import Testing

/// A few end-to-end runs of the built `nnviz` binary (skipped when it has not been built).
@Suite struct BinaryTests {
    static let binary = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/debug/nnviz").path

    static var built: Bool { FileManager.default.isExecutableFile(atPath: binary) }

    static func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = FileManager.default.temporaryDirectory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    @Test(.enabled(if: built)) func examplesRunsFromAnotherFolder() throws {
        let result = try Self.run(["examples"])
        #expect(result.status == 0)
        #expect(result.out.contains("xor-relu"))
        let inspect = try Self.run(["inspect", "--example", "threshold-table", "--at", "3.5", "--json"])
        #expect(inspect.status == 0)
        #expect(inspect.out.contains(#""prediction": 1"#))
    }

    @Test(.enabled(if: built)) func modelFileErrorIsOneSentenceOnStderr() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nnviz-e2e-\(UUID().uuidString).yaml").path
        try "nnviz: 1\ninputs: 2\nlayers:\n  - activation: identity\n    weights: [[1, 1]]\n    biases: [.nan]\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let result = try Self.run(["inspect", path])
        #expect(result.status != 0)
        #expect(result.out.isEmpty)
        #expect(result.err == "Error: \(path), line 6, layers[0].biases[0]: expected a finite number but found `.nan`.\n")
    }

    @Test(.enabled(if: built)) func usageMistakesExitNonZero() throws {
        let result = try Self.run(["train"])
        #expect(result.status != 0)
        #expect(result.err.hasPrefix("Error: Give a model file or --example NAME"))
        let help = try Self.run(["train", "--help"])
        #expect(help.status == 0)
        #expect(help.out.contains("nnviz train --example spiral"))
    }
}
