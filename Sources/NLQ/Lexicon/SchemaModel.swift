import BICore

/// A column of the schema, by table and column position.
struct ColumnID: Hashable, Sendable, Comparable {
    var table: Int
    var column: Int

    static func < (lhs: ColumnID, rhs: ColumnID) -> Bool { (lhs.table, lhs.column) < (rhs.table, rhs.column) }
}

/// What the engine reads from a schema, worked out once per schema: each table's words, key,
/// label and time columns; each column's role; the join graph.
struct SchemaModel: Sendable {
    var tables: [TableModel]
    var graph: JoinGraph

    func table(_ index: Int) -> TableModel { tables[index] }
    func column(_ id: ColumnID) -> ColumnModel { tables[id.table].columns[id.column] }

    /// The table with the most rows (the first of equals): where a measure's facts live.
    func biggest(_ tables: [Int]) -> Int? {
        tables.max { (self.tables[$0].rowCount, -$0) < (self.tables[$1].rowCount, -$1) }
    }

    /// `table.column`, as the interpretation and the lock show it.
    func qualifiedName(_ id: ColumnID) -> String { tables[id.table].name + "." + column(id).name }

    func tableIndex(named name: String) -> Int? {
        tables.firstIndex { $0.name == name } ?? tables.firstIndex { $0.name.lowercased() == name.lowercased() }
    }

    /// The column written `table.column` (any case).
    func columnID(qualified text: String) -> ColumnID? {
        let parts = text.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let table = tableIndex(named: parts[0]),
              let column = tables[table].columns.firstIndex(where: { $0.name.lowercased() == parts[1].lowercased() }) else { return nil }
        return ColumnID(table: table, column: column)
    }
}

struct TableModel: Sendable {
    var name: String
    /// The matching keys of the table name, singular: `order_items` → [order, item].
    var keys: [String]
    var columns: [ColumnModel]
    /// The single-column primary key (or `id`), if any.
    var primaryKey: Int?
    /// The column that names a row (`name`, `title`, `full_name`…); the key when there is none.
    var label: Int?
    /// Date and time columns, the one that dates the row's event first (`order_date` before `ship_date`).
    var timeColumns: [Int]
    var rowCount: Int

    /// The table's name in the singular, for result columns: `order_items` → `order_item`.
    var singular: String {
        let words = Words.split(identifier: name)
        guard let last = words.last else { return name }
        return (words.dropLast() + [Words.singular(last)]).joined(separator: "_")
    }
}

struct ColumnModel: Sendable {
    enum Role: Hashable, Sendable {
        /// A primary or foreign key: joined on, counted, never summed.
        case key
        /// A date or timestamp.
        case time
        /// A number to aggregate.
        case measure
        /// A yes/no flag (`is_active`, `churned`): filtered on by its word.
        case flag
        /// Text with few distinct values, listed in `values`.
        case category
        /// Other text: names, emails, descriptions.
        case text
    }

    var name: String
    var type: ColumnType
    var role: Role
    /// The matching keys of the column name: `first_response_minutes` → [first, respons, minut].
    var keys: [String]
    /// Distinct values of a low-cardinality text column, most frequent first.
    var values: [String]?
    /// What one unit of the column is worth in the unit people mean: 0.01 for `amount_cents`.
    var scale: Double = 1
    /// Whether summing the column makes sense (amounts, quantities) rather than averaging it (prices, scores).
    var isAdditive: Bool = true
}
