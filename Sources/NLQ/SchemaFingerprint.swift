import BICore
import Connectors

/// Short, stable digests of a schema. `structure` (tables, columns, declared types, keys and the
/// semantic model, read from the database's catalog alone) decides when a question pinned in
/// `bi.lock` must be compiled again, cheaply enough for every build; `contents` adds the sampled
/// values and keys the engine's cache of lexicons.
enum SchemaFingerprint {
    static func structure(of connector: any Connector, semantic: SemanticModel?) throws -> String {
        var hasher = StableHash()
        for sql in catalog(connector.dialect) {
            let rows = try connector.collect(BoundSQL(sql))
            for row in 0..<rows.rowCount { hasher.add(rows.row(row).map(\.text).joined(separator: "\u{1F}")) }
            hasher.add("--")
        }
        add(semantic, to: &hasher)
        return hasher.hex
    }

    static func contents(_ schema: Schema) -> UInt64 {
        var hasher = StableHash()
        for table in schema.tables {
            hasher.add("table " + table.name + " key " + table.primaryKey.joined(separator: ",") + " rows " + String(table.rowCount > 0))
            for column in table.columns {
                hasher.add("column " + column.name + " " + column.type.rawValue + " " + (column.sampleValues ?? []).joined(separator: "\u{1F}"))
            }
            for key in table.foreignKeys {
                hasher.add("references " + key.columns.joined(separator: ",") + " " + key.referencedTable + " " + key.referencedColumns.joined(separator: ","))
            }
        }
        return hasher.value
    }

    private static func add(_ semantic: SemanticModel?, to hasher: inout StableHash) {
        guard let semantic else { return }
        for measure in semantic.measures { hasher.add("measure " + measure.name + " " + measure.sql + " " + measure.synonyms.joined(separator: ",")) }
        for dimension in semantic.dimensions {
            hasher.add("dimension " + dimension.name + " " + dimension.column + " " + dimension.synonyms.joined(separator: ","))
        }
        for (word, meaning) in semantic.synonyms.sorted(by: { $0.key < $1.key }) { hasher.add("synonym " + word + " " + meaning) }
        hasher.add("time " + (semantic.timeColumn ?? ""))
    }

    /// Queries listing every column with its declared type and key, and every foreign key, in a fixed order.
    private static func catalog(_ dialect: SQLDialect) -> [String] {
        switch dialect {
        case .sqlite:
            return ["""
                SELECT m.name, p.name, p.type, p.pk FROM sqlite_master m, pragma_table_info(m.name) p
                WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, p.cid
                """, """
                SELECT m.name, f."from", f."table", f."to" FROM sqlite_master m, pragma_foreign_key_list(m.name) f
                WHERE m.type = 'table' ORDER BY m.name, f.id, f.seq
                """]
        case .postgres, .mysql:
            let schema = dialect == .postgres ? "current_schema()" : "DATABASE()"
            let foreignKeys = dialect == .postgres ? """
                SELECT k.table_name, k.column_name, u.table_name, u.column_name FROM information_schema.table_constraints c
                JOIN information_schema.key_column_usage k ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema
                JOIN information_schema.constraint_column_usage u ON u.constraint_name = c.constraint_name AND u.table_schema = c.table_schema
                WHERE c.constraint_type = 'FOREIGN KEY' AND c.table_schema = current_schema() ORDER BY 1, 2, 3, 4
                """ : """
                SELECT table_name, column_name, referenced_table_name, referenced_column_name FROM information_schema.key_column_usage
                WHERE table_schema = DATABASE() AND referenced_table_name IS NOT NULL ORDER BY 1, 2, 3, 4
                """
            return ["""
                SELECT c.table_name, c.column_name, c.data_type, c.ordinal_position FROM information_schema.columns c
                WHERE c.table_schema = \(schema) ORDER BY c.table_name, c.ordinal_position
                """, foreignKeys]
        }
    }
}
