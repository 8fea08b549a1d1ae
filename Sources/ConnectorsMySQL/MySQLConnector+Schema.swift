import BICore
import Connectors

extension MySQLConnector {
    /// Tables and views of the connection's database, with columns, keys, row counts and value samples.
    public func schema() throws -> Schema {
        let columns = try collect("""
            SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, IS_NULLABLE = 'YES', NUMERIC_SCALE, COLUMN_TYPE, COLUMN_KEY
            FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()
            ORDER BY TABLE_NAME, ORDINAL_POSITION
            """)
        let keys = try collect("""
            SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME
            FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE()
            ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION
            """)
        var catalog = SchemaCatalog()
        for row in 0..<columns.rowCount {
            let type = MySQLConnector.columnType(dataType: columns[row, 2].text, columnType: columns[row, 5].text, scale: columns[row, 4].number)
            catalog.add(column: Schema.Column(name: columns[row, 1].text, type: type, isNullable: columns[row, 3].number == 1),
                        to: columns[row, 0].text)
        }
        for row in 0..<keys.rowCount {
            let table = keys[row, 0].text
            if keys[row, 1].text == "PRIMARY" {
                catalog.add(primaryKeyColumn: keys[row, 2].text, to: table)
            } else if !keys[row, 3].isNull {
                catalog.add(foreignKey: keys[row, 1].text, column: keys[row, 2].text, referencing: keys[row, 3].text,
                            column: keys[row, 4].text, to: table)
            }
        }
        return try catalog.schema(using: self)
    }

    public func tableNames() throws -> [String] {
        try collect("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1")
            .values(ofColumn: 0).map(\.text)
    }

    static func columnType(dataType: String, columnType: String, scale: Double?) -> ColumnType {
        switch dataType.lowercased() {
        case "tinyint" where columnType.lowercased().hasPrefix("tinyint(1)"): .boolean
        case "tinyint", "smallint", "mediumint", "int", "bigint", "year": .integer
        case "float", "double": .real
        case "decimal": scale == 0 ? .integer : .real
        case "date": .date
        case "datetime", "timestamp": .timestamp
        default: .text
        }
    }
}
