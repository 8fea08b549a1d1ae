import BICore

/// Short, stable digests of a schema: `structure` (tables, columns, types, keys and the semantic
/// model) decides when a question pinned in `bi.lock` must be compiled again; `contents` adds the
/// sampled values and keys the engine's cache of lexicons.
enum SchemaFingerprint {
    static func structure(_ schema: Schema, semantic: SemanticModel?) -> String {
        var hasher = StableHash()
        for table in schema.tables.sorted(by: { $0.name < $1.name }) {
            hasher.add("table " + table.name + " key " + table.primaryKey.joined(separator: ","))
            for column in table.columns { hasher.add("column " + column.name + " " + column.type.rawValue) }
            for key in table.foreignKeys {
                hasher.add("references " + key.columns.joined(separator: ",") + " " + key.referencedTable + " " + key.referencedColumns.joined(separator: ","))
            }
        }
        if let semantic {
            for measure in semantic.measures { hasher.add("measure " + measure.name + " " + measure.sql + " " + measure.synonyms.joined(separator: ",")) }
            for dimension in semantic.dimensions {
                hasher.add("dimension " + dimension.name + " " + dimension.column + " " + dimension.synonyms.joined(separator: ","))
            }
            for (word, meaning) in semantic.synonyms.sorted(by: { $0.key < $1.key }) { hasher.add("synonym " + word + " " + meaning) }
            hasher.add("time " + (semantic.timeColumn ?? ""))
        }
        return hasher.hex
    }

    static func contents(_ schema: Schema) -> UInt64 {
        var hasher = StableHash()
        hasher.add(structure(schema, semantic: nil))
        for table in schema.tables {
            for column in table.columns { hasher.add((column.sampleValues ?? []).joined(separator: "\u{1F}")) }
            hasher.add(String(table.rowCount > 0))
        }
        return hasher.value
    }
}
