/// Why an ONNX file cannot be read or written, as one sentence without the file name (`ONNXError.description`
/// adds it): the node, its operator and what nnviz supports, or the tensor and what is wrong with it.
public struct ONNXError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The ONNX file as the user named it (empty for data decoded from memory).
    public var file: String
    /// What is wrong and what was expected (lower-case start, no final period).
    public var message: String

    public init(file: String = "", _ message: String) {
        self.file = file
        self.message = message
    }

    /// `net.onnx: node "/0/Conv" (Conv) is not supported; nnviz reads …`.
    public var description: String { file.isEmpty ? "\(message)." : "\(file): \(message)." }

    /// The same error attributed to `file`.
    func inFile(_ file: String) -> ONNXError { ONNXError(file: file, message) }
}
