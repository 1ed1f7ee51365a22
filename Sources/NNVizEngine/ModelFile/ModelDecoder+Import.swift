import Foundation

extension ModelFile {
    /// Reads a network from another format (`onnx: net.onnx` in a model file): the path as written, resolved
    /// against the model file's folder, and the input names from `inputs:` when the file gives them. The ONNX
    /// reader lives in its own target (NNVizONNX), which passes this to `load` / `parse`.
    public typealias NetworkImporter = @Sendable (_ path: String, _ inputNames: [String]?) throws -> Network
}

extension ModelDecoder {
    static let onnxKeys = ["file", "output"]

    /// `onnx: net.onnx` or `onnx: {file: net.onnx, output: softmax}`: the network comes from the ONNX file;
    /// `output` (softmax or sigmoid) puts that map on an identity output (a classifier exported with its logits);
    /// `inputs:` (optional) names the inputs and must then have one name per input. Nil without `onnx:`.
    func importedNetwork(_ top: ModelMapping) throws(ModelFileError) -> Network? {
        guard let field = top.optional("onnx") else { return nil }
        if let layers = top.optional("layers") {
            throw layers.error(.invalidValue, "give either `layers` or `onnx`, not both (the ONNX file holds the layers)")
        }
        var fileField = field, outputField: ModelField?
        if case .mapping = field.node.value {
            let map = try field.mapping(allowed: Self.onnxKeys)
            fileField = try map.required("file", " (the ONNX file)")
            outputField = map.optional("output")
        }
        let written = try fileField.string()
        guard let importer else {
            throw field.error(.invalidValue, "this program reads no ONNX files (ModelFile was called without an importer)")
        }
        let names = try top.optional("inputs").map { f throws(ModelFileError) in try decodeInputs(f) }
        let path = written.hasPrefix("/") || baseDirectory == nil
            ? written : URL(fileURLWithPath: baseDirectory ?? "").appendingPathComponent(written).path
        let network: Network
        do {
            network = try importer(path, names)
        } catch {
            var sentence = "\(error)"
            if sentence.hasSuffix(".") { sentence.removeLast() }
            throw fileField.error(.badData, sentence)
        }
        guard let outputField else { return network }
        return try network.withOutputMap(try outputField.string(), field: outputField)
    }
}

extension Network {
    /// The network with `name` (softmax, or sigmoid for one unit) on its identity output layer.
    func withOutputMap(_ name: String, field: ModelField) throws(ModelFileError) -> Network {
        let output = outputLayer
        guard output.activation == .identity else {
            throw field.error(.invalidValue, "the ONNX output already ends in \(output.activation.name); `output` "
                              + "applies to an identity output (logits)")
        }
        let activation: Activation
        switch name {
        case "softmax" where output.units >= 2: activation = .softmax
        case "sigmoid" where output.units == 1: activation = .sigmoid
        default:
            throw field.error(.invalidValue, "`\(name)` does not fit an output of \(output.units) unit(s) "
                              + "(expected softmax for 2 or more units, sigmoid for 1)")
        }
        var copy = self
        copy.layers[copy.layers.count - 1] = DenseLayer(weights: output.weights, biases: output.biases, activation: activation)
        return copy
    }
    /// The same network under another name.
    func renamed(_ name: String) -> Network {
        var copy = self
        copy.name = name
        return copy
    }
}
