import BICore

extension SQLiteConnector {
    /// Text columns with at most this many distinct values have them listed in the schema.
    static let sampleLimit = 60

    /// Tables, columns, keys, row counts and samples of low-cardinality text values.
    public func schema() throws -> Schema {
        let quote = dialect.quote
        let names = try collect("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name")
        var tables: [Schema.Table] = []
        for row in 0..<names.rowCount {
            let name = names[row, 0].text
            let info = try collect(BoundSQL("SELECT name, type, \"notnull\", pk FROM pragma_table_info(?) ORDER BY cid", parameters: [.text(name)]))
            let keys = try collect(BoundSQL("SELECT id, \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(?) ORDER BY id, seq", parameters: [.text(name)]))
            let rowCount = try collect(BoundSQL("SELECT count(*) FROM " + quote(name)))[0, 0].number.map { Int($0) } ?? 0
            var columns: [Schema.Column] = []
            var primaryKey: [(Int, String)] = []
            for index in 0..<info.rowCount {
                let columnName = info[index, 0].text
                var type = SQLiteStatement.columnType(declared: info[index, 1].text)
                if type == .unknown || type == .text {
                    // Dates are usually stored as ISO text; look at a value to tell.
                    let sample = try collect(BoundSQL("SELECT " + quote(columnName) + " FROM " + quote(name) + " WHERE " + quote(columnName) + " IS NOT NULL LIMIT 1"))
                    if sample.rowCount == 1 { type = ColumnType.inferred(from: [sample[0, 0]]) }
                }
                var column = Schema.Column(name: columnName, type: type, isNullable: info[index, 2].number == 0)
                if type == .text { try sampleValues(of: &column, in: name) }
                columns.append(column)
                if let position = info[index, 3].number, position > 0 { primaryKey.append((Int(position), columnName)) }
            }
            var foreignKeys: [Schema.ForeignKey] = []
            for index in 0..<keys.rowCount {
                let id = keys[index, 0]
                if index > 0, keys[index - 1, 0] == id {
                    foreignKeys[foreignKeys.count - 1].columns.append(keys[index, 1].text)
                    foreignKeys[foreignKeys.count - 1].referencedColumns.append(keys[index, 3].text)
                } else {
                    foreignKeys.append(Schema.ForeignKey(columns: [keys[index, 1].text], referencedTable: keys[index, 2].text,
                                                         referencedColumns: [keys[index, 3].text]))
                }
            }
            tables.append(Schema.Table(name: name, columns: columns, primaryKey: primaryKey.sorted { $0.0 < $1.0 }.map(\.1),
                                       foreignKeys: foreignKeys, rowCount: rowCount))
        }
        return Schema(tables: tables)
    }

    /// Counts distinct values, reading at most one more than the limit, and keeps them if few.
    private func sampleValues(of column: inout Schema.Column, in table: String) throws {
        let quote = dialect.quote
        let name = quote(column.name)
        let values = try collect(BoundSQL(
            "SELECT " + name + " FROM " + quote(table) + " WHERE " + name + " IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT ?",
            parameters: [.integer(Int64(SQLiteConnector.sampleLimit + 1))]))
        if values.rowCount <= SQLiteConnector.sampleLimit {
            column.sampleValues = values.values(ofColumn: 0).map(\.text)
            column.distinctCount = values.rowCount
        }
    }
}
