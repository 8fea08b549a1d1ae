import BICore

extension SQLiteConnector {
    /// Tables, columns, keys, row counts and samples of low-cardinality text values.
    /// Tables whose names start with `_bi_` (SmartBI's own bookkeeping) are left out.
    public func schema() throws -> Schema {
        let quote = dialect.quote
        var catalog = SchemaCatalog()
        for name in try tableNames() {
            let info = try collect(BoundSQL("SELECT name, type, \"notnull\", pk FROM pragma_table_info(?) ORDER BY cid", parameters: [.text(name)]))
            var primaryKey: [(Int, String)] = []
            for index in 0..<info.rowCount {
                let columnName = info[index, 0].text
                var type = SQLiteStatement.columnType(declared: info[index, 1].text)
                if type == .unknown || type == .text {
                    // Dates are usually stored as ISO text; look at a value to tell.
                    let sample = try collect(BoundSQL("SELECT " + quote(columnName) + " FROM " + quote(name) + " WHERE " + quote(columnName) + " IS NOT NULL LIMIT 1"))
                    if sample.rowCount == 1 { type = ColumnType.inferred(from: [sample[0, 0]]) }
                }
                catalog.add(column: Schema.Column(name: columnName, type: type, isNullable: info[index, 2].number == 0), to: name)
                if let position = info[index, 3].number, position > 0 { primaryKey.append((Int(position), columnName)) }
            }
            for (_, column) in primaryKey.sorted(by: { $0.0 < $1.0 }) { catalog.add(primaryKeyColumn: column, to: name) }
            let keys = try collect(BoundSQL("SELECT id, \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(?) ORDER BY id, seq", parameters: [.text(name)]))
            for index in 0..<keys.rowCount {
                catalog.add(foreignKey: keys[index, 0].text, column: keys[index, 1].text, referencing: keys[index, 2].text,
                            column: keys[index, 3].text, to: name)
            }
        }
        return try catalog.schema(using: self)
    }

    public func tableNames() throws -> [String] {
        try collect("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_bi\\_%' ESCAPE '\\' ORDER BY name")
            .values(ofColumn: 0).map(\.text)
    }
}
