import BICore

/// Reads a ``Schema`` into a ``SchemaModel``: column roles, each table's label and time columns,
/// and the join graph from declared and name-implied foreign keys.
enum SchemaAnalyzer {
    static func model(of schema: Schema) -> SchemaModel {
        var tables = schema.tables.map(table)
        let graph = JoinGraph(edges: edges(schema, tables))
        for edge in graph.edges { tables[edge.from.table].columns[edge.from.column].role = .key }
        return SchemaModel(tables: tables, graph: graph)
    }

    private static func table(_ table: Schema.Table) -> TableModel {
        let nameWords = Words.split(identifier: table.name)
        let keys = nameWords.map(Words.key)
        var columns = table.columns.map { column(of: $0, in: table) }
        let primaryKey = table.primaryKey.count == 1
            ? table.columns.firstIndex { $0.name == table.primaryKey[0] }
            : table.columns.firstIndex { $0.name.lowercased() == "id" }
        if let primaryKey { columns[primaryKey].role = .key }
        let label = labelColumn(columns, tableKeys: keys) ?? primaryKey
        let times = columns.indices.filter { columns[$0].role == .time }
            .sorted { timeScore(columns[$0].keys, tableKeys: keys) > timeScore(columns[$1].keys, tableKeys: keys) }
        return TableModel(name: table.name, keys: keys, columns: columns, primaryKey: primaryKey, label: label,
                          timeColumns: times, rowCount: table.rowCount)
    }

    private static func column(of column: Schema.Column, in table: Schema.Table) -> ColumnModel {
        var keys = Words.keys(identifier: column.name)
        var scale = 1.0
        if keys.count > 1, keys.last == "cent" {
            keys.removeLast()
            scale = 0.01
        }
        let role: ColumnModel.Role
        if keys.last == "id" || keys.last == "uuid" || keys.last == "guid" || keys.last == "key" {
            role = .key
        } else if column.type.isTemporal {
            role = .time
        } else if column.type == .boolean || (column.type.isNumeric && ["is", "has", "was"].contains(keys.first ?? "") && keys.count > 1) {
            role = .flag
        } else if column.type.isNumeric, let last = Words.split(identifier: column.name).last, calendarWords.contains(last) {
            role = .category
        } else if column.type.isNumeric {
            role = .measure
        } else if column.sampleValues != nil {
            role = .category
        } else {
            role = .text
        }
        let additive = role == .measure && Vocabulary.nonAdditiveWords.isDisjoint(with: keys)
        return ColumnModel(name: column.name, type: column.type, role: role, keys: keys, values: column.sampleValues,
                           scale: scale, isAdditive: additive)
    }

    /// `name`, then `<table>_name`/`full_name`-like columns, then titles, subjects and emails.
    private static func labelColumn(_ columns: [ColumnModel], tableKeys: [String]) -> Int? {
        let text = columns.indices.filter { columns[$0].role == .text || columns[$0].role == .category }
        let ranked: [(Int, Int)] = text.compactMap { index in
            let keys = columns[index].keys
            if keys == [nameKey] { return (index, 0) }
            if keys.last == nameKey, keys.count == 2, tableKeys.contains(keys[0]) || ["full", "display", "company", "account"].contains(keys[0]) {
                return (index, 1)
            }
            if keys.last == nameKey { return (index, 2) }
            if titleWords.contains(keys.last ?? "") { return (index, 3) }
            if handleWords.contains(keys.last ?? "") { return (index, 4) }
            return nil
        }
        return ranked.min { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }?.0
    }

    /// Higher for the column that dates a row's own event: `order_date` in orders, `created_at`.
    static func timeScore(_ keys: [String], tableKeys: [String]) -> Int {
        var score = 0
        if keys.contains(where: tableKeys.contains) { score += 3 }
        if !eventWords.isDisjoint(with: keys) { score += 2 }
        if !laterWords.isDisjoint(with: keys) { score -= 3 }
        return score
    }

    private static let nameKey = Words.key("name")
    private static let titleWords = Set(["title", "subject", "label", "headline"].map(Words.key))
    private static let handleWords = Set(["email", "code", "handle", "username", "login", "sku"].map(Words.key))
    /// A number named like one calendar period (`year`, `fiscal_month`) labels rows; plurals (`hours`) are durations.
    private static let calendarWords: Set<String> = ["year", "month", "quarter", "week", "day", "hour", "yr"]
    private static let eventWords = Set(["date", "created", "placed", "opened", "started", "start", "issued", "signup", "occurred",
                                         "event", "timestamp", "submitted", "booked", "invoice", "transaction", "registered", "joined"].map(Words.key))
    private static let laterWords = Set(["ship", "shipped", "updated", "modified", "deleted", "end", "ended", "due", "closed", "resolved",
                                         "cancelled", "canceled", "expires", "expired", "birth", "paid", "last", "delivered", "churned",
                                         "trial", "renewal", "renews", "first", "response"].map(Words.key))

    // MARK: - Joins

    private static func edges(_ schema: Schema, _ tables: [TableModel]) -> [JoinGraph.Edge] {
        var edges: [JoinGraph.Edge] = []
        for (tableIndex, table) in schema.tables.enumerated() {
            for key in table.foreignKeys where key.columns.count == 1 {
                guard let column = table.columns.firstIndex(where: { $0.name == key.columns[0] }),
                      let target = schema.tables.firstIndex(where: { $0.name.lowercased() == key.referencedTable.lowercased() }),
                      let targetColumn = schema.tables[target].columns.firstIndex(where: { $0.name.lowercased() == key.referencedColumns[0].lowercased() })
                else { continue }
                edges.append(edge(ColumnID(table: tableIndex, column: column), ColumnID(table: target, column: targetColumn), tables))
            }
            for (columnIndex, column) in tables[tableIndex].columns.enumerated() where tables[tableIndex].primaryKey != columnIndex {
                let from = ColumnID(table: tableIndex, column: columnIndex)
                guard !edges.contains(where: { $0.from == from }), column.keys.count > 1, column.keys.last == "id",
                      let target = referencedTable(Array(column.keys.dropLast()), tables, besides: tableIndex),
                      let key = tables[target].primaryKey else { continue }
                edges.append(edge(from, ColumnID(table: target, column: key), tables))
            }
        }
        return edges
    }

    private static func edge(_ from: ColumnID, _ to: ColumnID, _ tables: [TableModel]) -> JoinGraph.Edge {
        let words = Array(tables[from.table].columns[from.column].keys.dropLast())
        return JoinGraph.Edge(from: from, to: to, isCanonical: words.last.map { tables[to.table].keys.last == $0 } ?? false)
    }

    /// The table an `x_id` column's words name: same words, last word, a synonym, or a unique prefix (`cust` → customers).
    private static func referencedTable(_ words: [String], _ tables: [TableModel], besides own: Int) -> Int? {
        guard let word = words.last else { return nil }
        let candidates = tables.indices.filter { $0 != own && tables[$0].primaryKey != nil }
        if let exact = candidates.first(where: { tables[$0].keys == words }) { return exact }
        if let last = candidates.first(where: { tables[$0].keys.last == word }) { return last }
        let synonyms = Vocabulary.synonyms[word] ?? []
        let bySynonym = candidates.filter { tables[$0].keys.last.map(synonyms.contains) ?? false }
        if bySynonym.count == 1 { return bySynonym[0] }
        let byPrefix = candidates.filter { word.count >= 3 && (tables[$0].keys.last?.hasPrefix(word) ?? false) }
        return byPrefix.count == 1 ? byPrefix[0] : nil
    }
}
