import BICore
import Foundation

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
        guard FileManager.default.createFile(atPath: target, contents: Data(bytes)) else {
            throw Diagnostic(at: nil, "cannot write '\(path)' in the output folder")
        }
    }

    public func write(_ text: String, to path: String) throws { try write(Array(text.utf8), to: path) }

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
