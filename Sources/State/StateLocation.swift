import Foundation

/// Where the state database lives: `state:` in `bi.yml`, or `--state PATH`.
///
/// ```swift
/// let store = try StateLocation.open("sqlite:.bi/state.sqlite", projectDirectory: ".")
/// ```
public enum StateLocation {
    /// The default, inside the project: `.bi/state.sqlite`.
    public static let defaultLocation = "sqlite:.bi/state.sqlite"

    /// Opens the store of accounts, sessions and the audit log at `location`: `sqlite:PATH` or a
    /// plain path (relative to `projectDirectory`).
    /// - Throws: ``StateError`` `.unsupportedLocation` for other schemes: on PostgreSQL only the
    ///   scheduler's run history lives so far (``ScheduleRunStore``).
    public static func open(_ location: String, projectDirectory: String) throws -> any StateStore {
        try SQLiteStateStore(path: sqlitePath(location, projectDirectory: projectDirectory))
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
