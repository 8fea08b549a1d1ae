import BICore
import CSQLite

/// Writes a ``FieldTable`` into an SQLite table with typed columns, binding each field straight
/// from the file's bytes: the fast path every file source takes into the cache.
struct CacheTableWriter {
    let database: SQLiteDatabase

    /// Replaces table `name` with the rows of `table`, in one transaction.
    func write(_ table: FieldTable, as name: String, types: [ColumnType]) throws {
        let quote = SQLDialect.sqlite.quote
        // An integer `id` that only ever grows is the table's rowid: a key index for free.
        let rowID = table.names.firstIndex { $0.lowercased() == "id" }.flatMap { types[$0] == .integer && CacheTableWriter.isIncreasing(table, column: $0) ? $0 : nil }
        let columns = zip(table.names, types).enumerated().map { index, column in
            quote(column.0) + " " + CacheTableWriter.declaredType(column.1) + (index == rowID ? " PRIMARY KEY" : "")
        }
        try database.transaction {
            try database.execute("DROP TABLE IF EXISTS " + quote(name))
            try database.execute("CREATE TABLE " + quote(name) + " (" + columns.joined(separator: ", ") + ")")
            guard table.width > 0 else { return }
            let placeholders = Array(repeating: "?", count: table.width).joined(separator: ", ")
            let insert = try database.statement("INSERT INTO " + quote(name) + " VALUES (" + placeholders + ")")
            try insertRows(of: table, types: types, with: insert.handle)
            // Joins go through keys: index the other columns named `id` or `…_id`, as a database would have them.
            for (index, column) in table.names.enumerated() where index != rowID && CacheTableWriter.isKey(column) {
                try database.execute("CREATE INDEX " + quote(name + "." + column) + " ON " + quote(name) + " (" + quote(column) + ")")
            }
        }
    }

    /// Whether every value of an integer column is present and larger than the one before.
    static func isIncreasing(_ table: FieldTable, column: Int) -> Bool {
        table.storage.withUnsafeBufferPointer { buffer in
            var previous = Int64.min
            for row in 0..<table.rowCount {
                let field = row * table.width + column
                guard let value = ColumnInference.integer(UnsafeBufferPointer(rebasing: buffer[table.starts[field]..<table.ends[field]])),
                      value > previous else { return false }
                previous = value
            }
            return true
        }
    }

    static func isKey(_ column: String) -> Bool {
        let lowered = column.lowercased()
        return lowered == "id" || lowered.hasSuffix("_id")
    }

    private func insertRows(of table: FieldTable, types: [ColumnType], with statement: OpaquePointer) throws {
        let width = table.width
        try table.storage.withUnsafeBufferPointer { buffer in
            let base = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            for row in 0..<table.rowCount {
                for column in 0..<width {
                    let field = row * width + column
                    let position = Int32(column + 1)
                    let start = table.starts[field], end = table.ends[field]
                    if start == end {
                        if table.flags[field] & FieldTable.isString != 0, types[column] == .text {
                            sqlite3_bind_text(statement, position, "", 0, nil)
                        } else {
                            sqlite3_bind_null(statement, position)
                        }
                        continue
                    }
                    let bytes = UnsafeBufferPointer(rebasing: buffer[start..<end])
                    switch types[column] {
                    case .integer:
                        if let number = ColumnInference.integer(bytes) { sqlite3_bind_int64(statement, position, number); continue }
                    case .real:
                        if let number = ColumnInference.real(bytes) { sqlite3_bind_double(statement, position, number); continue }
                    case .boolean:
                        if let flag = ColumnInference.boolean(bytes) { sqlite3_bind_int64(statement, position, flag ? 1 : 0); continue }
                    case .date, .timestamp, .text, .unknown:
                        break
                    }
                    if table.flags[field] & FieldTable.hasDoubledQuotes != 0 {
                        sqlite3_bind_text(statement, position, table.text(at: field), -1, SQLiteStatement.transient)
                    } else {
                        sqlite3_bind_text(statement, position, base + start, Int32(end - start), nil)
                    }
                }
                guard sqlite3_step(statement) == SQLITE_DONE else { throw database.lastError() }
                sqlite3_reset(statement)
            }
        }
    }

    static func declaredType(_ type: ColumnType) -> String {
        switch type {
        case .integer: "INTEGER"
        case .real: "REAL"
        case .boolean: "BOOLEAN"
        case .date: "DATE"
        case .timestamp: "TIMESTAMP"
        case .text, .unknown: "TEXT"
        }
    }
}
