import Foundation

/// Reads the files a report may pull in: partials (`partials/NAME`) and reusable queries
/// (`queries/NAME.sql`).
public struct IncludedFiles: Sendable {
    public var partial: @Sendable (String) -> String?
    public var query: @Sendable (String) -> String?

    public init(partial: @escaping @Sendable (String) -> String?, query: @escaping @Sendable (String) -> String?) {
        self.partial = partial
        self.query = query
    }

    /// No partials and no query files.
    public static let none = IncludedFiles(partial: { _ in nil }, query: { _ in nil })

    /// The `partials/` and `queries/` folders of the project in `directory`.
    public static func project(at directory: String) -> IncludedFiles {
        let root = directory.isEmpty || directory == "." ? "" : (directory.hasSuffix("/") ? directory : directory + "/")
        @Sendable func read(_ path: String) -> String? {
            FileManager.default.contents(atPath: root + path).map { String(decoding: $0, as: UTF8.self) }
        }
        return IncludedFiles(partial: { read("partials/" + $0) }, query: { read("queries/" + $0 + ".sql") })
    }
}
