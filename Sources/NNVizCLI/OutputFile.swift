import Foundation
import NNVizEngine
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks a file the command will write (`train --output FILE`) before any work is done, so a mistake in the
/// path does not throw away a finished training run.
enum OutputFile {
    /// Throws one sentence when `path` cannot be written: its folder is missing, not a folder or not writable;
    /// the path is a folder; or an existing file there cannot be replaced.
    static func check(_ path: String, option: String) throws(CLIError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue {
                throw CLIError("\(option) \(path) is a folder; name the file to write, e.g. \(path)/trained.yaml.")
            }
            guard access(path, W_OK) == 0 else {
                throw CLIError("\(option) \(path) exists and cannot be replaced: \(FileSystemMessage.clause(errno: errno)).")
            }
        }
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw CLIError("\(option) \(path): the folder \(folder) does not exist; create it first.")
        }
        guard isDirectory.boolValue else { throw CLIError("\(option) \(path): \(folder) is not a folder.") }
        guard access(folder, W_OK | X_OK) == 0 else {
            throw CLIError("\(option) \(path): the folder \(folder) is not writable "
                           + "(\(FileSystemMessage.clause(errno: errno))).")
        }
    }
}
