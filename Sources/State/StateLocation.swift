import Foundation

/// Where the state database lives: `state:` in `bi.yml`, or `--state PATH`.
///
/// ```swift
/// let store = try StateLocation.open("sqlite:.bi/state.sqlite", projectDirectory: ".")
/// ```
public enum StateLocation {
    /// The default, inside the project: `.bi/state.sqlite`.
    public static let defaultLocation = "sqlite:.bi/state.sqlite"

    /// Opens the store of accounts, sessions and the audit log at `location`: `sqlite:PATH`, a
    /// plain path (relative to `projectDirectory`), or `postgres://…`.
    /// - Throws: ``StateError`` `.unsupportedLocation` for other schemes.
    public static func open(_ location: String, projectDirectory: String) throws -> any StateStore {
        if isPostgres(location) { return try SQLStateStore(postgresURL: location) }
        return try SQLStateStore(path: sqlitePath(location, projectDirectory: projectDirectory))
    }

    static func isPostgres(_ location: String) -> Bool {
        location.hasPrefix("postgres://") || location.hasPrefix("postgresql://")
    }

    /// The file an SQLite location names, relative paths resolved against `projectDirectory`.
    static func sqlitePath(_ location: String, projectDirectory: String) throws -> String {
        var path = location
        if path.hasPrefix("sqlite:") {
            path.removeFirst("sqlite:".count)
        } else if path.contains("://") {
            throw StateError(.unsupportedLocation(location))
        }
        if !path.hasPrefix("/"), !projectDirectory.isEmpty, projectDirectory != "." {
            path = projectDirectory.hasSuffix("/") ? projectDirectory + path : projectDirectory + "/" + path
        }
        return path
    }
}
