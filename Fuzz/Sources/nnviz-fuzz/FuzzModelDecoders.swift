import CFuzzerEntry  // linked for `nnviz_fuzz_main`, the process entry
import NNVizEngine

/// One fuzz input: the first byte chooses the decoder (0 YAML model, 1 JSON model, 2 CSV data file, by the
/// byte modulo 3); the rest is the text. Every input must end in a value or a `ModelFileError`: a trap, an
/// address-sanitizer report, a leak or a timeout is a finding (scripts/fuzz.sh, docs/fuzzing.md).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzModelDecoders(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: start, count: count)
    guard let selector = bytes.first, let text = String(validating: bytes.dropFirst(), as: UTF8.self) else { return 0 }
    let budget = MemoryBudget(bytes: 256_000_000)
    switch selector % 3 {
    case 0: _ = try? ModelFile.parse(text, fileName: "fuzz.yaml", format: .yaml, budget: budget)
    case 1: _ = try? ModelFile.parse(text, fileName: "fuzz.json", format: .json, budget: budget)
    default: _ = try? ModelFile.parseCSV(text, fileName: "fuzz.csv", inputNames: ["x1", "x2"])
    }
    return 0
}
