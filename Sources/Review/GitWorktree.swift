import BICore
import Foundation

/// A read-only checkout of one revision in a temporary folder, made with `git worktree`, so the
/// user's working copy is never touched.
public final class GitWorktree {
    public let path: String
    private let repository: String

    /// Checks out `revision` of the repository holding `directory`.
    public init(revision: String, repositoryOf directory: String) throws {
        repository = try GitWorktree.git(["rev-parse", "--show-toplevel"], in: directory).trimming("\n")
        path = FileManager.default.temporaryDirectory.path + "/bi-diff-\(UUID().uuidString.prefix(8))"
        _ = try GitWorktree.git(["worktree", "add", "--detach", "--quiet", path, revision], in: repository)
    }

    deinit {
        _ = try? GitWorktree.git(["worktree", "remove", "--force", path], in: repository)
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The project folder inside the checkout that corresponds to `directory` in the working copy.
    public func project(matching directory: String) throws -> String {
        let prefix = try GitWorktree.git(["rev-parse", "--show-prefix"], in: directory).trimming("\n/")
        return prefix.isEmpty ? path : path + "/" + prefix
    }

    /// The abbreviated commit a revision names, for headings.
    public static func describe(_ revision: String, in directory: String) -> String {
        (try? git(["rev-parse", "--short", revision], in: directory).trimming("\n")).map { "\(revision) (\($0))" } ?? revision
    }

    @discardableResult
    static func git(_ arguments: [String], in directory: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Diagnostic(at: nil, "git \(arguments.first ?? "") failed: \(String(decoding: message, as: UTF8.self).trimming(" \n"))",
                             hint: "bi diff needs a git repository and revisions it knows (e.g. main, HEAD~1, a commit id)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
