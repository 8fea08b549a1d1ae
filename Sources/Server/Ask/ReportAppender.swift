import Foundation

/// Appends an answer's Markdown to a report file under the project's `reports/` folder, for
/// editors on the Ask page; the file watcher then rebuilds the page. Only existing `.md` files
/// inside `reports/` can be named: no absolute paths, no `..`, no symbolic links leading out.
struct ReportAppender {
    let projectDirectory: String

    struct Refused: Error, Equatable {
        var reason: String
    }

    private var reportsFolder: URL {
        URL(fileURLWithPath: projectDirectory).appendingPathComponent("reports").standardizedFileURL.resolvingSymlinksInPath()
    }

    /// The report files, relative to `reports/` (`questions.md`, `products/[product].md`), sorted.
    func reports() -> [String] {
        let root = reportsFolder.path
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") && (try? validated($0)) != nil }.sorted()
    }

    /// Appends `markdown` after a blank line to `reports/<path>`; returns the file's path from the project.
    @discardableResult
    func append(_ markdown: String, to path: String) throws(Refused) -> String {
        let file = try validated(path)
        guard let handle = try? FileHandle(forWritingTo: file) else { throw Refused(reason: "cannot write reports/\(path)") }
        defer { try? handle.close() }
        do {
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(("\n" + markdown).utf8))
        } catch {
            throw Refused(reason: "cannot write reports/\(path)")
        }
        return "reports/" + path
    }

    /// The file `path` names, when it is an existing Markdown file inside `reports/`.
    func validated(_ path: String) throws(Refused) -> URL {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.isEmpty, path.count <= 300, path.hasSuffix(".md"), !path.hasPrefix("/"), !path.contains("\\"),
              !path.unicodeScalars.contains(where: { $0.value < 0x20 }),
              !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." || $0.hasPrefix(".") }) else {
            throw Refused(reason: "'\(path)' is not a report file inside reports/")
        }
        let root = reportsFolder
        let file = root.appendingPathComponent(path).standardizedFileURL.resolvingSymlinksInPath()
        var isFolder: ObjCBool = false
        guard file.path.hasPrefix(root.path + "/"), FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder),
              !isFolder.boolValue else {
            throw Refused(reason: "'\(path)' is not a report file inside reports/")
        }
        return file
    }
}
