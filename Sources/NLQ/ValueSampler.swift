import BICore
import Connectors

/// Adds value lists to text columns the connector left without them because they have more than a
/// handful of values (cities, product names), up to ``limit`` short values, so questions can name them.
enum ValueSampler {
    static let limit = 1000
    /// Longer values (descriptions, messages) are not names people type.
    static let maxAverageLength = 40
    /// Bigger tables are not read for values.
    static let maxRows = 2_000_000

    static func enrich(_ schema: Schema, from connector: any Connector) throws -> Schema {
        var schema = schema
        for tableIndex in schema.tables.indices where schema.tables[tableIndex].rowCount <= maxRows {
            let table = schema.tables[tableIndex]
            for columnIndex in table.columns.indices {
                let column = table.columns[columnIndex]
                guard column.type == .text, column.sampleValues == nil, Words.keys(identifier: column.name).last != "id" else { continue }
                let name = connector.dialect.quote(column.name)
                let sql = BoundSQL("SELECT " + name + " FROM " + connector.dialect.quote(table.name) + " WHERE " + name
                                   + " IS NOT NULL GROUP BY " + name + " ORDER BY " + name + " LIMIT ?", parameters: [.integer(Int64(limit + 1))])
                let values = try connector.collect(sql).values(ofColumn: 0).map(\.text)
                guard values.count <= limit, !values.isEmpty,
                      values.reduce(0, { $0 + $1.count }) / values.count <= maxAverageLength else { continue }
                schema.tables[tableIndex].columns[columnIndex].sampleValues = values
                schema.tables[tableIndex].columns[columnIndex].distinctCount = values.count
            }
        }
        return schema
    }
}
