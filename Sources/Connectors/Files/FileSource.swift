import BICore
import Foundation

/// Files presented as tables, loaded into a cache SQLite database so reports query them with SQL
/// like any other source: a CSV/TSV file or a folder of them (one table per file, named after
/// it), each sheet of an `.xlsx` workbook, a JSON or NDJSON file or folder, or a JSON API.
///
/// A table is loaded again only when its file's fingerprint (size and time, or the downloaded
/// bytes) or its settings change:
///
/// ```swift
/// let source = FileSource(url: try SourceURL(parsing: "csv:data/"), baseDirectory: ".", cacheFile: ".bi/sources/shop.sqlite")
/// let connector = try source.open()
/// ```
public struct FileSource: Sendable {
    public var url: SourceURL
    public var options: SourceOptions
    /// Relative file paths start here.
    public var baseDirectory: String
    /// The cache database (made if missing).
    public var cacheFile: String
    /// Looks up `${NAME}` references in header values.
    public var environment: @Sendable (String) -> String?

    public init(url: SourceURL, options: SourceOptions = SourceOptions(), baseDirectory: String, cacheFile: String,
                environment: @escaping @Sendable (String) -> String? = { ProcessInfo.processInfo.environment[$0] }) {
        self.url = url
        self.options = options
        self.baseDirectory = baseDirectory
        self.cacheFile = cacheFile
        self.environment = environment
    }

    /// Brings the cache up to date and opens it read-only. The cache is written without a journal
    /// (it can always be made again), so a load that fails removes it.
    public func open() throws -> SQLiteConnector {
        do {
            return try refresh()
        } catch {
            try? FileManager.default.removeItem(atPath: cacheFile)
            throw error
        }
    }

    private func refresh() throws -> SQLiteConnector {
        try FileManager.default.createDirectory(atPath: (cacheFile as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let database = try SQLiteDatabase(path: cacheFile, mode: .create)
        try database.execute("PRAGMA synchronous = OFF; PRAGMA journal_mode = OFF; CREATE TABLE IF NOT EXISTS _bi_files (file TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, tables TEXT NOT NULL)")
        var known: [String: (fingerprint: String, tables: [String])] = [:]
        let manifest = try database.statement("SELECT file, fingerprint, tables FROM _bi_files")
        while try manifest.next() {
            known[manifest.value(at: 0).text] = (manifest.value(at: 1).text, manifest.value(at: 2).text.split(separator: "\n").map(String.init))
        }
        let inputs = try FileSourceInputs(url: url, options: options, baseDirectory: baseDirectory, environment: environment).list()
        let writer = CacheTableWriter(database: database)
        let record = try database.statement("INSERT OR REPLACE INTO _bi_files VALUES (?, ?, ?)")
        var current: Set<String> = []
        for input in inputs {
            let fingerprint = input.fingerprint + "|" + settingsText
            if let entry = known[input.file], entry.fingerprint == fingerprint {
                current.formUnion(entry.tables)
                continue
            }
            let tables = try input.load()
            current.formUnion(tables.map { $0.name })
            for (name, table) in tables {
                let types = table.names.enumerated().map { index, column in
                    options.types[name + "." + column] ?? options.types[column] ?? ColumnInference.infer(table, column: index)
                }
                try writer.write(table, as: name, types: types)
            }
            try drop(Set(known[input.file]?.tables ?? []).subtracting(tables.map(\.name)), from: database)
            try record.run([.text(input.file), .text(fingerprint), .text(tables.map(\.name).joined(separator: "\n"))])
        }
        let files = Set(inputs.map(\.file))
        for (file, entry) in known where !files.contains(file) {
            try drop(Set(entry.tables).subtracting(current), from: database)
            try database.statement("DELETE FROM _bi_files WHERE file = ?").run([.text(file)])
        }
        return try SQLiteConnector(path: cacheFile)
    }

    private func drop(_ tables: Set<String>, from database: SQLiteDatabase) throws {
        for table in tables.sorted() { try database.execute("DROP TABLE IF EXISTS " + SQLDialect.sqlite.quote(table)) }
    }

    /// The settings that shape the tables: a change reloads them.
    private var settingsText: String {
        options.types.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.rawValue)" }.joined(separator: ",")
            + ";" + (options.records ?? "") + ";" + (options.table ?? "")
    }
}
