import BICore
import Connectors
import Foundation
import Synchronization

/// Query results kept between builds in `.bi/cache/results.sqlite`, keyed by the source, the SQL,
/// its parameters and the source's fingerprint, so a rebuild that changes only prose runs no query.
///
/// ```swift
/// let cache = try ResultCache(projectDirectory: ".")
/// if let table = cache.lookup(key) { … } else { cache.store(table, for: key) }
/// ```
public final class ResultCache: Sendable {
    private let database: Mutex<SQLiteDatabase>

    public init(projectDirectory: String) throws {
        let folder = FilePath.resolve(".bi/cache", against: projectDirectory)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let database = try SQLiteDatabase(path: folder + "/results.sqlite", mode: .create)
        try database.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, result BLOB NOT NULL)")
        self.database = Mutex(database)
    }

    /// The key of `sql` on a source; nil when the source has no fingerprint (nothing is cached then).
    public static func key(source: String, fingerprint: String?, sql: BoundSQL) -> String? {
        guard let fingerprint else { return nil }
        let parameters = sql.parameters.map { value -> String in
            switch value {
            case .null: "n"
            case .integer(let number): "i" + String(number)
            case .real(let number): "r" + String(number.bitPattern)
            case .text(let text): "t" + String(text.utf8.count) + ":" + text
            case .boolean(let flag): flag ? "b1" : "b0"
            }
        }
        return [source, fingerprint, sql.text, parameters.joined(separator: ",")].joined(separator: "\u{1F}")
    }

    public func lookup(_ key: String) -> ResultTable? {
        database.withLock { database in
            guard let statement = try? database.prepare(BoundSQL("SELECT result FROM results WHERE key = ?", parameters: [.text(key)])),
                  (try? statement.next()) == true else { return nil }
            return statement.blob(at: 0).flatMap(ResultCodec.decode)
        }
    }

    public func store(_ table: ResultTable, for key: String) {
        database.withLock { database in
            _ = try? database.statement("INSERT OR REPLACE INTO results VALUES (?, ?)").run([.text(key)], blob: ResultCodec.encode(table))
        }
    }
}
