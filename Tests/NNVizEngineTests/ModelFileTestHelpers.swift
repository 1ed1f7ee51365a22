import Foundation
import Testing
@testable import NNVizEngine

/// Parses YAML text as the file `test.yaml`; the error if it fails.
func modelError(_ yaml: String, file: String = "test.yaml", format: ModelFile.Format = .yaml) -> ModelFileError? {
    do {
        _ = try ModelFile.parse(yaml, fileName: file, format: format)
        return nil
    } catch {
        return error
    }
}

/// A fresh temporary folder for file-based tests.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("nnviz-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// A valid two-layer model; tests replace one line to make one mistake.
let validXOR = """
nnviz: 1
name: xor
inputs: [x1, x2]
layers:
  - activation: relu
    weights: [[1, 1], [1, 1]]
    biases: [0, -1]
  - activation: identity
    weights: [[1, -2]]
    biases: [0]
data:
  inputs: [[0, 0], [0, 1], [1, 0], [1, 1]]
  targets: [0, 1, 1, 0]

"""
