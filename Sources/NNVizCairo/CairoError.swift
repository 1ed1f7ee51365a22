import CCairo

/// Everything that can go wrong while turning a scene into PNG / PDF / SVG bytes or files.
///
/// Contract: `description` is one sentence naming the operation, the cairo status text (from
/// `cairo_status_to_string`) where cairo reported it, and the file or folder involved.
public enum CairoError: Error, Equatable, CustomStringConvertible {
    /// Cairo reported `status` during `operation` (e.g. "drawing the PNG canvas"); `path` is the target file, if any.
    case cairo(operation: String, status: String, path: String?)
    /// The canvas at the requested scale is empty or larger than cairo's 32767-pixel limit.
    case invalidCanvasSize(width: Double, height: Double, path: String?)
    /// The folder the file should go into does not exist.
    case missingFolder(folder: String, file: String)
    /// The bytes were rendered but the file could not be written.
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .cairo(let operation, let status, let path):
            return "Cairo failed while \(operation)\(path.map { " for \($0)" } ?? ""): \(status)."
        case .invalidCanvasSize(let width, let height, let path):
            return "Cannot render a \(width) × \(height) canvas\(path.map { " to \($0)" } ?? "")"
                + ": each side must be between 1 and 32767 pixels."
        case .missingFolder(let folder, let file):
            return "Cannot write \(file): the folder \(folder) does not exist."
        case .writeFailed(let path, let reason):
            return "Could not write \(path): \(reason)."
        }
    }

    /// The same error, naming `path` as the file being produced.
    func naming(_ path: String) -> CairoError {
        switch self {
        case .cairo(let operation, let status, nil): return .cairo(operation: operation, status: status, path: path)
        case .invalidCanvasSize(let w, let h, nil): return .invalidCanvasSize(width: w, height: h, path: path)
        default: return self
        }
    }

    /// Throws when `status` is not `CAIRO_STATUS_SUCCESS`.
    static func check(_ status: cairo_status_t, _ operation: String) throws {
        guard status != CAIRO_STATUS_SUCCESS else { return }
        throw CairoError.cairo(operation: operation, status: statusText(status), path: nil)
    }

    static func statusText(_ status: cairo_status_t) -> String {
        guard let text = cairo_status_to_string(status) else { return "unknown cairo status \(status.rawValue)" }
        return String(cString: text)
    }
}
