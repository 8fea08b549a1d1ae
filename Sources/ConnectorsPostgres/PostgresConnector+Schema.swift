import BICore
import Connectors

extension PostgresConnector {
    /// Tables and views in the schemas of the search path (`public` unless set otherwise), with
    /// columns, keys, row counts (estimated from statistics for large tables) and value samples.
    public func schema() throws -> Schema {
        let columns = try collect("""
            SELECT c.table_name::text, c.column_name::text, c.data_type::text, c.is_nullable = 'YES', c.numeric_scale
            FROM information_schema.columns c
            WHERE c.table_schema = current_schema()
            ORDER BY c.table_name, c.ordinal_position
            """)
        let keys = try collect("""
            SELECT tc.table_name::text, tc.constraint_type::text, tc.constraint_name::text, kcu.column_name::text,
                   ccu.table_name::text, ccu.column_name::text
            FROM information_schema.table_constraints tc
            JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
            LEFT JOIN information_schema.constraint_column_usage ccu
                   ON tc.constraint_type = 'FOREIGN KEY' AND ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
            WHERE tc.table_schema = current_schema() AND tc.constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')
            ORDER BY tc.table_name, tc.constraint_name, kcu.ordinal_position
            """)
        let estimates = try collect("""
            SELECT c.relname::text, c.reltuples::bigint FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema()
            """)
        var estimated: [String: Int] = [:]
        for row in 0..<estimates.rowCount { estimated[estimates[row, 0].text] = Int(estimates[row, 1].number ?? -1) }
        var catalog = SchemaCatalog()
        for row in 0..<columns.rowCount {
            let type = PostgresConnector.columnType(dataType: columns[row, 2].text, scale: columns[row, 4].number)
            catalog.add(column: Schema.Column(name: columns[row, 1].text, type: type, isNullable: columns[row, 3] == .boolean(true)),
                        to: columns[row, 0].text)
        }
        for row in 0..<keys.rowCount {
            let table = keys[row, 0].text
            if keys[row, 1].text == "PRIMARY KEY" {
                catalog.add(primaryKeyColumn: keys[row, 3].text, to: table)
            } else {
                catalog.add(foreignKey: keys[row, 2].text, column: keys[row, 3].text, referencing: keys[row, 4].text,
                            column: keys[row, 5].text, to: table)
            }
        }
        return try catalog.schema(using: self) { table in
            if let estimate = estimated[table], estimate >= 100_000 { return estimate }
            return nil
        }
    }

    public func tableNames() throws -> [String] {
        try collect("SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1")
            .values(ofColumn: 0).map(\.text)
    }

    static func columnType(dataType: String, scale: Double?) -> ColumnType {
        switch dataType {
        case "smallint", "integer", "bigint": .integer
        case "real", "double precision": .real
        case "numeric": scale == 0 ? .integer : .real
        case "boolean": .boolean
        case "date": .date
        case "timestamp without time zone", "timestamp with time zone": .timestamp
        default: .text
        }
    }
}
