import BICore

/// Where a database server is and whom to log in as, parsed from `postgres://user:secret@host:5432/sales`.
///
/// The password from the URL is kept for the driver only: ``description`` shows `host:port/database`.
///
/// ```swift
/// let address = try ServerAddress(parsing: "//analyst@db.internal/sales", defaultPort: 5432)
/// address.description   // "db.internal:5432/sales"
/// ```
public struct ServerAddress: Hashable, Sendable, CustomStringConvertible {
    public var user: String?
    /// A password written in the URL; `password_env` in `bi.yml` is the better place.
    public var password: String?
    /// A host name, an IP address, or a folder holding the server's Unix socket.
    public var host: String
    public var port: Int
    public var database: String?
    /// `?key=value` options, in the order written (`sslmode=require`).
    public var options: [Option]

    public struct Option: Hashable, Sendable {
        public var name: String
        public var value: String
    }

    /// - Parameter rest: the URL after the scheme's colon: `//user:secret@host:port/database?options`.
    public init(parsing rest: String, defaultPort: Int) throws {
        guard rest.hasPrefix("//") else {
            throw ConnectorError(.cannotOpen("expected //host after the scheme, as in postgres://user@host:5432/database"))
        }
        var text = Substring(rest.dropFirst(2))
        var query: Substring = ""
        if let mark = text.firstIndex(of: "?") {
            query = text[text.index(after: mark)...]
            text = text[..<mark]
        }
        if let at = text.lastIndex(of: "@") {
            let credentials = text[..<at]
            if let colon = credentials.firstIndex(of: ":") {
                user = ServerAddress.decode(credentials[..<colon])
                password = ServerAddress.decode(credentials[credentials.index(after: colon)...])
            } else {
                user = ServerAddress.decode(credentials)
            }
            text = text[text.index(after: at)...]
        }
        if let slash = text.firstIndex(of: "/") {
            let name = ServerAddress.decode(text[text.index(after: slash)...])
            database = name.isEmpty ? nil : name
            text = text[..<slash]
        }
        var hostText = text
        port = defaultPort
        if let colon = text.lastIndex(of: ":"), !text.hasSuffix("]") {
            guard let number = Int(text[text.index(after: colon)...]), (1...65535).contains(number) else {
                throw ConnectorError(.cannotOpen("'\(text[text.index(after: colon)...])' is not a port number"))
            }
            port = number
            hostText = text[..<colon]
        }
        host = hostText.isEmpty ? "localhost" : ServerAddress.decode(Substring(hostText.trimming("[]")))
        options = query.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1)
            return Option(name: ServerAddress.decode(parts[0]), value: parts.count > 1 ? ServerAddress.decode(parts[1]) : "")
        }
    }

    /// `host:port/database`, without user or password.
    public var description: String { "\(host):\(port)" + (database.map { "/" + $0 } ?? "") }

    /// `%2F` → `/`; invalid escapes are kept as written.
    static func decode(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "%"), iterator.count >= 2,
               let value = UInt8(String(decoding: iterator.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                iterator = iterator.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
