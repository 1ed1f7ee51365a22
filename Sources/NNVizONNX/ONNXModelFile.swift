import Foundation
import NNVizEngine

/// ONNX files as models: a bare `net.onnx` (what ONNX does not carry — domain, data — given separately), and
/// the importer that lets a model file say `onnx: net.onnx`.
public enum ONNXModelFile {
    /// Reads `onnx:` networks for `ModelFile.load(path:overrides:importer:)`.
    public static let importer: ModelFile.NetworkImporter = { path, inputNames in
        try ONNXImport.network(contentsOf: path, inputNames: inputNames)
    }

    /// True for paths that name an ONNX file (`.onnx`, any case).
    public static func isONNX(_ path: String) -> Bool { path.lowercased().hasSuffix(".onnx") }

    /// Loads a bare ONNX file as a model: the network from the file, `dataCSV` (a CSV file as for `data: {csv:}`)
    /// and `domain` (one interval per input) as a model file would give them, `overrides` as for model files.
    /// `outputMap` (softmax or sigmoid) goes on an identity output (logits), like `onnx: {output:}`.
    /// ONNX problems are `ONNXError`s naming the file; problems with the data or domain are `ModelFileError`s.
    public static func load(path: String, domain: [[Double]]? = nil, dataCSV: String? = nil, outputMap: String? = nil,
                            overrides: ModelFile.Overrides = .init()) throws -> Model {
        let network = try ONNXImport.network(contentsOf: path)
        if let domain, domain.count != network.inputCount {
            throw ONNXError(file: path, "the domain has \(domain.count) interval(s) but the network has "
                            + "\(network.inputCount) inputs (give one lo,hi per input)")
        }
        var text = "nnviz: 1\nonnx: {file: \(ModelFile.jsonString(path))" + (outputMap.map { ", output: \(ModelFile.jsonString($0))" } ?? "") + "}\n"
        if let dataCSV { text += "data: {csv: \(ModelFile.jsonString(dataCSV))}\n" }
        if let domain {
            let intervals = domain.map { "[" + $0.map(ModelNumber.exact).joined(separator: ", ") + "]" }
            text += "domain: [\(intervals.joined(separator: ", "))]\n"
        }
        do {
            return try ModelFile.parse(text, fileName: path, overrides: overrides) { _, _ in network }
        } catch {
            throw flagError(error, network: network)
        }
    }

    /// A problem with the settings written for the flags, reported at the flag instead of a line of that text.
    private static func flagError(_ error: ModelFileError, network: Network) -> ModelFileError {
        let flags = [("data", "--data"), ("domain", "--domain"), ("onnx.output", "--output-activation")]
        guard let flag = flags.first(where: { error.keyPath.hasPrefix($0.0) })?.1 else { return error }
        var message = error.message
        if flag == "--data", error.kind == .badData, network.outputActivation == .identity, network.outputCount > 1 {
            message += " (a classifier exported with its logits needs --output-activation softmax)"
        }
        return ModelFileError(file: error.file, line: nil, keyPath: flag, kind: error.kind, message: message)
    }
}
