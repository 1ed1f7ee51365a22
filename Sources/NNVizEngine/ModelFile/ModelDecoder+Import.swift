import Foundation

extension ModelFile {
    /// Reads a network from another format (`onnx: net.onnx` in a model file): the path as written, resolved
    /// against the model file's folder, and the input names from `inputs:` when the file gives them. The ONNX
    /// reader lives in its own target (NNVizONNX), which passes this to `load` / `parse`.
    public typealias NetworkImporter = @Sendable (_ path: String, _ inputNames: [String]?) throws -> Network
}

extension ModelDecoder {
    /// `onnx: net.onnx`: the network comes from the ONNX file; `inputs:` (optional) names its inputs and must
    /// then have one name per input. Nil when the file has no `onnx:` key.
    func importedNetwork(_ top: ModelMapping) throws(ModelFileError) -> Network? {
        guard let field = top.optional("onnx") else { return nil }
        if let layers = top.optional("layers") {
            throw layers.error(.invalidValue, "give either `layers` or `onnx`, not both (the ONNX file holds the layers)")
        }
        let written = try field.string()
        guard let importer else {
            throw field.error(.invalidValue, "this program reads no ONNX files (ModelFile was called without an importer)")
        }
        let names = try top.optional("inputs").map { f throws(ModelFileError) in try decodeInputs(f) }
        let path = written.hasPrefix("/") || baseDirectory == nil
            ? written : URL(fileURLWithPath: baseDirectory ?? "").appendingPathComponent(written).path
        do {
            return try importer(path, names)
        } catch {
            var sentence = "\(error)"
            if sentence.hasSuffix(".") { sentence.removeLast() }
            throw field.error(.badData, sentence)
        }
    }
}

extension Network {
    /// The same network under another name.
    func renamed(_ name: String) -> Network {
        var copy = self
        copy.name = name
        return copy
    }
}
