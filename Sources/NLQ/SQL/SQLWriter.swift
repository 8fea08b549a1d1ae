import BICore
import Connectors

/// Writes a ``QueryFrame`` as SQL in a source's dialect: joins along the key graph, groups,
/// filters with bound values, buckets with the same labels in every dialect, shares and growth with
/// window functions, comparisons of two periods with conditional aggregates.
struct SQLWriter {
    let lexicon: Lexicon
    let dialect: DialectSQL
    var model: SchemaModel { lexicon.model }

    func template(for frame: QueryFrame, scope: Scope) throws(Refusal) -> SQLTemplate {
        if let table = frame.listing { return try listing(table, frame, scope).template }

        var columns: [(SQLText, String)] = []
        var groupBy: [String] = []
        for dimension in frame.dimensions {
            let (expression, name, keys) = scope.dimension(dimension)
            columns.append((SQLText(expression), name))
            groupBy += keys
        }
        let measureColumns = try self.measureColumns(frame, scope)
        columns += measureColumns
        let names = uniqueNames(columns.map(\.1), frame)
        var sql = "SELECT " + SQLText.joined(zip(columns, names).map { $0.0.0 + " AS " + dialect.identifier($0.1) }, separator: ", ")
        sql = sql + scope.fromClause()
        sql = sql + (try whereClause(frame, scope))
        if !groupBy.isEmpty { sql = sql + "\nGROUP BY " + groupBy.joined(separator: ", ") }
        var having: [SQLText] = []
        for case .aggregate(nil, let measure, let comparison) in frame.filters {
            having.append(condition(try scope.aggregate(measure, when: nil), comparison))
        }
        if !having.isEmpty { sql = sql + "\nHAVING " + SQLText.joined(having, separator: " AND ") }
        if let averaged = frame.averagePer {
            guard frame.measures.count == 1, frame.dimensions.isEmpty else { throw .unsupported("an average per period of several measures") }
            return try averagePerPeriod(frame, scope, averaged, name: names[0]).template
        }
        sql = sql + orderClause(frame, names: names)
        if let limit = frame.limit { sql = sql + "\nLIMIT " + .value(.integer(Int64(limit))) }
        return sql.template
    }

    /// The joins a frame needs, from its root table.
    func scope(for frame: QueryFrame, root: Int) throws(Refusal) -> Scope {
        var needed = Set(frame.dimensions.flatMap { $0.tables() })
        for measure in frame.measures { needed.formUnion(tables(of: measure)) }
        for filter in frame.filters + frame.shareCondition { needed.formUnion(filterTables(filter)) }
        if let column = frame.timeColumn, frame.time != nil || frame.comparison != nil { needed.insert(column.table) }
        let plan = try JoinPlan.plan(root: root, needed: needed, model: model)
        return Scope(plan: plan, lexicon: lexicon, dialect: dialect)
    }

    private func tables(of measure: Measure) -> [Int] {
        measure.source.tables(lexicon) + (measure.per.map { [$0] } ?? [])
    }

    private func filterTables(_ filter: Filter) -> [Int] {
        if case .aggregate(nil, let measure, _) = filter { return tables(of: measure) }
        return filter.tables(lexicon)
    }

    /// Result names, made unique by prefixing the table where two collide (`customer_name`, `product_name`).
    func uniqueNames(_ names: [String], _ frame: QueryFrame) -> [String] {
        var result = names
        for (index, name) in names.enumerated() where names.filter({ $0 == name }).count > 1 {
            if index < frame.dimensions.count, let table = frame.dimensions[index].tables().first {
                result[index] = model.table(table).singular + "_" + name
            } else {
                result[index] = name + "_" + String(index + 1)
            }
        }
        return result
    }

    private func orderClause(_ frame: QueryFrame, names: [String]) -> String {
        let keys = orderKeys(frame, names: names).map { dialect.identifier(names[$0.column]) + ($0.descending ? " DESC" : "") }
        return keys.isEmpty ? "" : "\nORDER BY " + keys.joined(separator: ", ")
    }

    /// ORDER BY as result columns: the ranking's column, then each group not already sorted on
    /// (a group whose name begins a key already there counts as sorted on); none without a ranking.
    func orderKeys(_ frame: QueryFrame, names: [String]) -> [RowGrouping.SortKey] {
        guard let order = frame.order else { return [] }
        var keys: [RowGrouping.SortKey] = []
        let index = switch order.key {
        case .measure(let measure): frame.dimensions.count + measure
        case .dimension(let dimension): dimension
        }
        if names.indices.contains(index) { keys.append(RowGrouping.SortKey(column: index, descending: order.descending)) }
        for index in frame.dimensions.indices
        where !keys.contains(where: { dialect.identifier(names[$0.column]).hasPrefix(dialect.identifier(names[index])) }) {
            keys.append(RowGrouping.SortKey(column: index, descending: false))
        }
        return keys
    }

    private func listing(_ table: Int, _ frame: QueryFrame, _ scope: Scope) throws(Refusal) -> SQLText {
        let labelColumn = model.table(table).label ?? model.table(table).primaryKey ?? 0
        let label = scope.reference(ColumnID(table: table, column: labelColumn))
        let columns = [ColumnID(table: table, column: labelColumn)] + frame.listingColumns
        let selected = columns.map { scope.reference($0) + " AS " + dialect.identifier(model.column($0).name) }.joined(separator: ", ")
        var sql = "SELECT " + SQLText(selected) + scope.fromClause()
        sql = sql + (try whereClause(frame, scope))
        if !scope.plan.joins.isEmpty {
            let key = model.table(table).primaryKey.map { scope.reference(ColumnID(table: table, column: $0)) + ", " } ?? ""
            sql = sql + "\nGROUP BY " + key + columns.map(scope.reference).joined(separator: ", ")
        }
        return sql + "\nORDER BY " + label
    }

    private func averagePerPeriod(_ frame: QueryFrame, _ scope: Scope, _ unit: CalendarUnit, name: String) throws(Refusal) -> SQLText {
        guard let column = frame.timeColumn else { throw .noTimeColumn }
        let bucket = scope.bucket(column, unit)
        var inner = "SELECT " + SQLText(bucket) + " AS period, " + (try scope.aggregate(frame.measures[0], when: nil)) + " AS total"
        inner = inner + scope.fromClause() + (try whereClause(frame, scope)) + "\nGROUP BY " + bucket
        return "SELECT AVG(" + SQLText(dialect.averaged("total")) + ") AS " + SQLText(dialect.identifier(name)) + "\nFROM (" + inner.indented + ") per_period"
    }
}
