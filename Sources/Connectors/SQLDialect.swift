/// How a database spells the things generated SQL needs.
public enum SQLDialect: String, Sendable, Hashable, CaseIterable {
    case sqlite, postgres, mysql

    /// `name` quoted as an identifier.
    public func quote(_ name: String) -> String {
        switch self {
        case .sqlite, .postgres: "\"" + name.replacing("\"", with: "\"\"") + "\""
        case .mysql: "`" + name.replacing("`", with: "``") + "`"
        }
    }
}
