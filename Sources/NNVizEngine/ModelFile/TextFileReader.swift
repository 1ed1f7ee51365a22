import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a user-named text file (a model file or a CSV data file) after checking what the path is, so every
/// problem is one plain sentence: missing, a folder, a FIFO / device / socket, not readable, too large, not UTF-8.
///
/// Contract: the file is `stat`ed before it is opened (a FIFO is never opened, so reading cannot block), its
/// size is compared with `limit` before a byte is read, and the bytes are decoded as strict UTF-8 (a leading
/// byte-order mark is dropped). Errors are `(message, kind)` pairs the caller turns into its own error type.
public enum TextFileReader {
    /// Why a path cannot be read, as the lower-case clause used after the file name.
    public struct Problem: Error, Equatable, Sendable {
        public let message: String
    }

    /// The text of the regular file at `path`, at most `limit` bytes long.
    public static func read(path: String, limit: Int) throws(Problem) -> String {
        let size = try regularFileSize(path: path)
        guard size <= limit else {
            throw Problem(message: "the file is \(ByteCount.text(size)), more than the \(ByteCount.text(limit)) "
                          + "nnviz reads (the memory budget; see docs/model-file.md, \"Limits\")")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw Problem(message: openFailure(path)) }
        defer { try? handle.close() }
        let data: Data
        do { data = try handle.readToEnd() ?? Data() } catch {
            throw Problem(message: "the file could not be read (\(String(cString: strerror(errno))))")
        }
        return try decodeUTF8(data)
    }

    /// The size of the regular file at `path`; throws for anything that is not a readable regular file.
    public static func regularFileSize(path: String) throws(Problem) -> Int {
        var info = stat()
        guard stat(path, &info) == 0 else {
            switch errno {
            case ENOENT: throw Problem(message: "no such file")
            case ENOTDIR: throw Problem(message: "no such file (a part of the path is not a folder)")
            case EACCES: throw Problem(message: "permission denied (a folder on the path cannot be searched)")
            default: throw Problem(message: "the path cannot be examined (\(String(cString: strerror(errno))))")
            }
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw Problem(message: "this is a folder, not a file")
        case S_IFIFO: throw Problem(message: "this is a FIFO (named pipe), not a regular file")
        case S_IFCHR, S_IFBLK: throw Problem(message: "this is a device, not a regular file")
        case S_IFSOCK: throw Problem(message: "this is a socket, not a regular file")
        default: throw Problem(message: "this is not a regular file")
        }
        guard access(path, R_OK) == 0 else { throw Problem(message: openFailure(path)) }
        return Int(info.st_size)
    }

    private static func openFailure(_ path: String) -> String {
        access(path, R_OK) == 0 ? "the file cannot be opened" : "permission denied (the file is not readable)"
    }

    /// Strict UTF-8 (a leading BOM dropped); the first bad byte is located by line and character.
    static func decodeUTF8(_ data: Data) throws(Problem) -> String {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var line = 1, column = 1
        while case .valid(let encoded) = parser.parseScalar(from: &iterator) {
            if encoded.count == 1, encoded.first == UInt8(ascii: "\n") { line += 1; column = 1 } else { column += 1 }
        }
        throw Problem(message: "line \(line), character \(column): the bytes are not UTF-8 text "
                      + "(save the file as UTF-8)")
    }
}

/// Byte counts as people read them: `512 B`, `3.1 MB`, `2 GB` (decimal units, at most one decimal).
public enum ByteCount {
    public static func text(_ bytes: Int) -> String {
        let units: [(Double, String)] = [(1e12, "TB"), (1e9, "GB"), (1e6, "MB"), (1e3, "kB")]
        for (size, name) in units where Double(bytes) >= size {
            return ModelNumber.text(Double(bytes) / size, decimals: 1) + " " + name
        }
        return "\(bytes) B"
    }
}
