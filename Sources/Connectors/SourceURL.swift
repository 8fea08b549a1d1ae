import BICore

/// Where a source lives, parsed from `bi.yml` or `--source`: `sqlite:data/shop.db`,
/// `postgres://user@host/db`, `csv:data/`, … Its description never shows a password.
public struct SourceURL: Hashable, Sendable, CustomStringConvertible {
    public enum Scheme: String, Sendable, CaseIterable {
        case sqlite, postgres, mysql, csv, xlsx, json
    }

    public var scheme: Scheme
    /// For file sources, the path (relative paths are resolved against the project folder).
    public var path: String
    /// The text after the scheme, as written (may contain credentials for network sources).
    public var rest: String

    public init(parsing text: String) throws {
        guard let colon = text.firstIndex(of: ":") else {
            throw ConnectorError(.cannotOpen("'\(SourceURL.redact(text))' is not a source URL (expected e.g. sqlite:data/sales.db)"))
        }
        let name = text[..<colon].lowercased()
        let scheme: Scheme? = switch name {
        case "postgresql": .postgres
        case "mariadb": .mysql
        default: Scheme(rawValue: name)
        }
        guard let scheme else {
            throw ConnectorError(.cannotOpen("unknown source type '\(name)': use one of \(Scheme.allCases.map { $0.rawValue + ":" }.joined(separator: ", "))"))
        }
        self.scheme = scheme
        rest = String(text[text.index(after: colon)...])
        path = rest.hasPrefix("//") && (scheme == .sqlite || scheme == .csv || scheme == .xlsx || scheme == .json)
            ? String(rest.dropFirst(2)) : rest
    }

    public var description: String { scheme.rawValue + ":" + SourceURL.redact(rest) }

    /// `//user:secret@host` → `//user:***@host`.
    static func redact(_ text: String) -> String {
        guard let at = text.firstIndex(of: "@"), let start = text.firstRange(of: "//")?.upperBound, start < at,
              let colon = text[start..<at].firstIndex(of: ":") else { return text }
        return String(text[..<text.index(after: colon)]) + "***" + String(text[at...])
    }
}

/// Path helpers without Foundation.
public enum FilePath {
    /// `path` if absolute, else `base/path`.
    public static func resolve(_ path: String, against base: String) -> String {
        if path.hasPrefix("/") || base.isEmpty || base == "." { return path }
        return base.hasSuffix("/") ? base + path : base + "/" + path
    }
}
