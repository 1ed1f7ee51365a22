import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File-system failures as plain clauses ("permission denied", "the disk is full") instead of
/// `NSCocoaErrorDomain error 512`.
///
/// Contract: `clause(for:)` finds the POSIX error behind a Foundation error (its underlying error, or the
/// Cocoa code) and returns a lower-case clause without a final period; an error it cannot classify gives
/// "the file system refused the operation" (never a Foundation domain and code).
public enum FileSystemMessage {
    /// The clause for a thrown file-system error.
    public static func clause(for error: Error) -> String {
        if let code = posixCode(error) { return clause(errno: code) }
        if let cocoa = error as? CocoaError {
            switch cocoa.code {
            case .fileNoSuchFile, .fileReadNoSuchFile: return "no such file or folder"
            case .fileWriteNoPermission, .fileReadNoPermission: return "permission denied"
            case .fileWriteOutOfSpace: return "the disk is full"
            case .fileWriteVolumeReadOnly: return "the file system is read-only"
            case .fileWriteFileExists: return "something with that name already exists"
            default: break
            }
        }
        if let cocoa = error as? CocoaError, let path = cocoa.filePath { return "the file system refused to write \(path)" }
        return "the file system refused the operation"
    }

    /// The clause for a POSIX error number.
    public static func clause(errno code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "permission denied"
        case ENOENT: return "no such file or folder"
        case ENOTDIR: return "a part of the path is not a folder"
        case EISDIR: return "it is a folder"
        case ENOSPC: return "the disk is full"
        case EROFS: return "the file system is read-only"
        case EEXIST, ENOTEMPTY: return "something with that name already exists"
        case EXDEV: return "it is on another file system"
        case ENAMETOOLONG: return "the name is too long"
        case EDQUOT: return "the disk quota is exhausted"
        default: return String(cString: strerror(code)).lowercased()
        }
    }

    private static func posixCode(_ error: Error) -> Int32? {
        if let posix = error as? POSIXError { return posix.code.rawValue }
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return Int32(ns.code) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? Error { return posixCode(underlying) }
        return nil
    }
}
