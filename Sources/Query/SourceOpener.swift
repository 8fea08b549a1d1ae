import BICore
import Connectors
import ConnectorsMySQL
import ConnectorsPostgres

/// Opens the connector for a source URL: SQLite files directly, servers through their drivers,
/// and CSV, Excel and JSON files through the cache under `.bi/sources/`.
enum SourceOpener {
    /// - Parameters:
    ///   - key: the source's name (or URL), naming its file-source cache.
    ///   - password: from the environment variable the source names, if any.
    static func open(_ url: SourceURL, key: String, options: SourceOptions, projectDirectory: String, password: String?,
                     environment: @escaping @Sendable (String) -> String?) throws -> any Connector {
        switch url.scheme {
        case .sqlite:
            let path = FilePath.resolve(url.path, against: projectDirectory)
            guard FileFingerprint.of(path) != nil else { throw ConnectorError(.missingFile(url.path)) }
            return try SQLiteConnector(path: path)
        case .postgres:
            return try PostgresConnector(address: ServerAddress(parsing: url.rest, defaultPort: 5432), password: password)
        case .mysql:
            return try MySQLConnector(address: ServerAddress(parsing: url.rest, defaultPort: 3306), password: password)
        case .csv, .xlsx, .json:
            let cache = FilePath.resolve(".bi/sources/" + cacheName(for: key) + ".sqlite", against: projectDirectory)
            return try FileSource(url: url, options: options, baseDirectory: projectDirectory, cacheFile: cache, environment: environment).open()
        }
    }

    /// A file name for a source's cache: its name, or for a URL given on the command line a readable,
    /// unique stand-in (`csv_data_orders_csv_1a2b…`).
    static func cacheName(for key: String) -> String {
        guard key.contains(":") || key.contains("/") else { return key }
        let readable = String(key.map { $0.isLetter || $0.isNumber ? $0 : "_" }.prefix(40))
        return readable + "_" + String(key.utf8.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }, radix: 16)
    }
}
