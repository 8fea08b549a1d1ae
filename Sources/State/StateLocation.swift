import Foundation

/// Where the state database lives: `state:` in `bi.yml`, or `--state PATH`.
///
/// ```swift
/// let store = try StateLocation.open("sqlite:.bi/state.sqlite", projectDirectory: ".")
/// ```
public enum StateLocation {
    /// The default, inside the project: `.bi/state.sqlite`.
    public static let defaultLocation = "sqlite:.bi/state.sqlite"

    /// Opens the store at `location`: `sqlite:PATH` or a plain path (relative to `projectDirectory`).
    /// - Throws: ``StateError`` `.unsupportedLocation` for other schemes (PostgreSQL comes later).
    public static func open(_ location: String, projectDirectory: String) throws -> any StateStore {
        var path = location
        if path.hasPrefix("sqlite:") {
            path.removeFirst("sqlite:".count)
        } else if path.contains("://") {
            throw StateError(.unsupportedLocation(location))
        }
        if !path.hasPrefix("/"), !projectDirectory.isEmpty, projectDirectory != "." {
            path = projectDirectory.hasSuffix("/") ? projectDirectory + path : projectDirectory + "/" + path
        }
        return try SQLiteStateStore(path: path)
    }
}
