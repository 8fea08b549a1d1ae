import BICore
import Foundation
import Glibc

/// Writes a site into a staging folder beside the destination and swaps it in only when the whole
/// build succeeded, so a failed build leaves the previous output untouched.
public final class OutputWriter {
    public let destination: String
    let staging: String
    private var isOpen = true

    public init(destination: String) throws {
        let trimmed = destination.hasSuffix("/") ? String(destination.dropLast()) : destination
        self.destination = trimmed
        staging = trimmed + ".building-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.removeItem(atPath: staging)
        do {
            try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw Diagnostic(at: nil, "cannot create the output folder next to '\(trimmed)': \(error.localizedDescription)")
        }
    }

    deinit { if isOpen { try? FileManager.default.removeItem(atPath: staging) } }

    /// Writes one file at `path` inside the output, creating folders as needed.
    public func write(_ bytes: some Collection<UInt8>, to path: String) throws {
        let target = staging + "/" + path
        let folder = String(target[..<(target.lastIndex(of: "/") ?? target.endIndex)])
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        guard OutputWriter.writeFile(Array(bytes), to: target) else {
            throw Diagnostic(at: nil, "cannot write '\(path)' in the output folder")
        }
    }

    public func write(_ text: String, to path: String) throws { try write(Array(text.utf8), to: path) }

    /// Writes a file with plain system calls. Foundation syncs each file it writes to disk, which
    /// took most of a build's writing; the staging folder is swapped in whole instead.
    private static func writeFile(_ bytes: [UInt8], to target: String) -> Bool {
        let descriptor = open(target, O_WRONLY | O_CREAT | O_TRUNC, 0o666)
        guard descriptor >= 0 else { return false }
        let complete = bytes.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                guard count >= 0 || errno == EINTR else { return false }
                written += Swift.max(count, 0)
            }
            return true
        }
        return close(descriptor) == 0 && complete
    }

    /// Replaces the destination with everything written.
    public func commit() throws {
        let fileManager = FileManager.default
        let previous = destination + ".previous-\(ProcessInfo.processInfo.processIdentifier)"
        if fileManager.fileExists(atPath: destination) { try fileManager.moveItem(atPath: destination, toPath: previous) }
        do {
            try fileManager.moveItem(atPath: staging, toPath: destination)
        } catch {
            if fileManager.fileExists(atPath: previous) { try? fileManager.moveItem(atPath: previous, toPath: destination) }
            throw Diagnostic(at: nil, "cannot move the new site into '\(destination)': \(error.localizedDescription)")
        }
        isOpen = false
        try? fileManager.removeItem(atPath: previous)
    }
}
