import BICore

/// Gathers what a database's catalog says about its tables, then completes it into a ``Schema``
/// by asking the source itself for row counts and samples of low-cardinality text columns.
/// Every connector's `schema()` goes through it, so all sources describe themselves alike.
public struct SchemaCatalog: Sendable {
    /// Text columns with at most this many distinct values have them listed in the schema.
    public static let sampleLimit = 60

    private var order: [String] = []
    private var tables: [String: Schema.Table] = [:]
    /// Foreign keys by table, with the constraint name that groups their column pairs.
    private var keys: [String: [NamedKey]] = [:]

    private struct NamedKey: Sendable {
        var name: String
        var key: Schema.ForeignKey
    }

    public init() {}

    public mutating func add(column: Schema.Column, to table: String) {
        if tables[table] == nil {
            order.append(table)
            tables[table] = Schema.Table(name: table, columns: [], rowCount: 0)
        }
        tables[table]!.columns.append(column)
    }

    public mutating func add(primaryKeyColumn column: String, to table: String) {
        tables[table]?.primaryKey.append(column)
    }

    /// Adds one column pair of the foreign key `name`; pairs of one key arrive one after another.
    public mutating func add(foreignKey name: String, column: String, referencing referenced: String, column referencedColumn: String,
                             to table: String) {
        if let last = keys[table]?.indices.last, keys[table]![last].name == name {
            keys[table]![last].key.columns.append(column)
            keys[table]![last].key.referencedColumns.append(referencedColumn)
        } else {
            keys[table, default: []].append(NamedKey(name: name, key: Schema.ForeignKey(
                columns: [column], referencedTable: referenced, referencedColumns: [referencedColumn])))
        }
    }

    /// Counts rows and samples text columns through `connector`.
    /// - Parameter knownRowCount: a row count the catalog already knows (an estimate), instead of `count(*)`.
    public func schema(using connector: some Connector, knownRowCount: (String) -> Int? = { _ in nil }) throws -> Schema {
        let quote = connector.dialect.quote
        var result: [Schema.Table] = []
        for name in order {
            var table = tables[name]!
            table.foreignKeys = keys[name, default: []].map(\.key)
            table.rowCount = try knownRowCount(name)
                ?? connector.collect(BoundSQL("SELECT count(*) FROM " + quote(name)))[0, 0].number.map { Int($0) } ?? 0
            for index in table.columns.indices where table.columns[index].type == .text {
                let column = quote(table.columns[index].name)
                let values = try connector.collect(BoundSQL(
                    "SELECT " + column + " FROM " + quote(name) + " WHERE " + column + " IS NOT NULL GROUP BY " + column
                        + " ORDER BY count(*) DESC, " + column + " LIMIT ?",
                    parameters: [.integer(Int64(SchemaCatalog.sampleLimit + 1))]))
                if values.rowCount <= SchemaCatalog.sampleLimit {
                    table.columns[index].sampleValues = values.values(ofColumn: 0).map(\.text)
                    table.columns[index].distinctCount = values.rowCount
                }
            }
            result.append(table)
        }
        return Schema(tables: result)
    }
}
