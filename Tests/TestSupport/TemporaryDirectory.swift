import Foundation

/// A fresh folder under the system temporary directory, removed when the value goes away.
public final class TemporaryDirectory: @unchecked Sendable {
    public let path: String

    public init(_ prefix: String = "smartbi-test") throws {
        path = FileManager.default.temporaryDirectory.path + "/\(prefix)-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// `relative` inside the folder.
    public func path(_ relative: String) -> String { path + "/" + relative }

    /// Writes a text file, creating folders on the way.
    public func write(_ text: String, to relative: String) throws {
        let target = path(relative)
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: target, atomically: true, encoding: .utf8)
    }

    public func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }

    public func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: path(relative)) }
}
