import BICore
import CMariaDB
import Connectors

/// One libmariadb connection to MySQL or MariaDB, UTF-8, with its session set read-only.
///
/// A connection may move between threads but must not be used by two at once.
final class MySQLConnection: @unchecked Sendable {
    let handle: UnsafeMutablePointer<MYSQL>
    /// MariaDB limits statements with `max_statement_time` (seconds), MySQL with `max_execution_time` (ms).
    let isMariaDB: Bool

    init(address: ServerAddress, password: String?) throws {
        guard let handle = mysql_init(nil) else { throw ConnectorError(.cannotOpen("libmariadb could not allocate a connection")) }
        var timeout: UInt32 = 10
        mysql_options(handle, MYSQL_OPT_CONNECT_TIMEOUT, &timeout)
        mysql_options(handle, MYSQL_SET_CHARSET_NAME, "utf8mb4")
        // A host that is a folder is the server's socket directory, as libpq takes it.
        let socket = address.host.hasPrefix("/") ? address.host : nil
        let connected = mysql_real_connect(handle, socket == nil ? address.host : "localhost", address.user, password ?? address.password,
                                           address.database, UInt32(address.port), socket, 0)
        guard connected != nil else {
            let error = MySQLConnection.connectionError(code: mysql_errno(handle), message: String(cString: mysql_error(handle)),
                                                        address: "\(address.host):\(address.port)")
            mysql_close(handle)
            throw error
        }
        self.handle = handle
        isMariaDB = String(cString: mysql_get_server_info(handle)).contains("MariaDB")
        try execute("SET SESSION TRANSACTION READ ONLY")
    }

    deinit { mysql_close(handle) }

    /// Runs a statement that returns no rows (transaction control, settings).
    func execute(_ sql: String) throws {
        guard mysql_real_query(handle, sql, UInt(sql.utf8.count)) == 0 else { throw lastError(sent: sql) }
        if let result = mysql_store_result(handle) { mysql_free_result(result) }
    }

    func lastError(sent: String) -> ConnectorError {
        MySQLConnection.error(code: mysql_errno(handle), message: String(cString: mysql_error(handle)), sent: sent)
    }

    /// Maps a server error to a ``ConnectorError``, finding where `near '…' at line N` points in `sent`.
    static func error(code: UInt32, message: String, sent: String) -> ConnectorError {
        switch code {
        case 1792, 1290, 1836: return ConnectorError(.readOnly)
        case 1969, 3024: return ConnectorError(.timeout(seconds: 0))
        case 1146:
            // Table 'shop.orderz' doesn't exist
            let quoted = message.split(separator: "'").dropFirst().first.map(String.init) ?? ""
            let name = quoted.split(separator: ".").last.map(String.init) ?? quoted
            return ConnectorError(.unknownTable(name, message: message, offset: nearOffset(of: name, in: sent, line: 1)))
        default:
            var offset: Int?
            if let near = message.firstRange(of: "near '"), let tail = message.ranges(of: "' at line ").last, near.upperBound <= tail.lowerBound {
                let line = Int(message[tail.upperBound...].prefix { $0.isNumber }) ?? 1
                offset = nearOffset(of: String(message[near.upperBound..<tail.lowerBound]), in: sent, line: line)
            }
            return ConnectorError(.sql(message: message, offset: offset))
        }
    }

    /// The UTF-8 offset of `text` in `sql`, searching from the start of line `line`; the end for empty text.
    static func nearOffset(of text: String, in sql: String, line: Int) -> Int? {
        let bytes = Array(sql.utf8)
        var start = 0
        for _ in 1..<Swift.max(1, line) {
            guard let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else { break }
            start = newline + 1
        }
        let needle = Array(text.utf8)
        guard !needle.isEmpty else { return bytes.count }
        guard bytes.count - start >= needle.count else { return nil }
        return (start...(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    static func connectionError(code: UInt32, message: String, address: String) -> ConnectorError {
        switch code {
        case 1044, 1045, 1698: ConnectorError(.authentication(address: address, message: message))
        case 1049: ConnectorError(.cannotOpen("the database server at \(address) says: \(message)"))
        default: ConnectorError(.unreachable(address: address, message: message))
        }
    }
}
