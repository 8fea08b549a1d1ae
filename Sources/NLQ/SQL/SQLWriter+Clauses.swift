import BICore

extension SQLWriter {
    /// The measures' result columns: each measure, or its share of the total, its growth over the
    /// previous bucket, or its values in two periods with the change between them.
    func measureColumns(_ frame: QueryFrame, _ scope: Scope) throws(Refusal) -> [(SQLText, String)] {
        var columns: [(SQLText, String)] = []
        for measure in frame.measures {
            if let comparison = frame.comparison, let time = frame.time, let column = frame.timeColumn {
                let current = try scope.aggregate(measure, when: range(time, column, scope))
                let previous = try scope.aggregate(measure, when: range(comparison, column, scope))
                columns.append((current, measure.name))
                columns.append((previous, "previous_" + measure.name))
                columns.append((current + " - " + previous, "change"))
                columns.append(("(" + current + " - " + previous + ") * " + dialect.hundred + " / NULLIF(" + previous + ", 0)", "change_pct"))
                continue
            }
            if frame.share {
                let total = try scope.aggregate(measure, when: nil)
                if frame.dimensions.isEmpty {
                    let part = try scope.aggregate(measure, when: SQLText.joined(frame.shareCondition.map { condition($0, scope) }, separator: " AND "))
                    columns.append((part + " * " + dialect.hundred + " / NULLIF(" + total + ", 0)", measure.name + "_share_pct"))
                } else {
                    columns.append((total + " * " + dialect.hundred + " / SUM(" + total + ") OVER ()", measure.name + "_share_pct"))
                }
                continue
            }
            let value = try scope.aggregate(measure, when: nil)
            columns.append((value, measure.name))
            if frame.growth, let bucketIndex = frame.dimensions.firstIndex(where: { if case .bucket = $0 { return true } else { return false } }) {
                let others = frame.dimensions.indices.filter { $0 != bucketIndex }.flatMap { scope.dimension(frame.dimensions[$0]).groupBy }
                let window = " OVER (" + (others.isEmpty ? "" : "PARTITION BY " + others.joined(separator: ", ") + " ")
                    + "ORDER BY " + scope.dimension(frame.dimensions[bucketIndex]).expression + ")"
                let previous = "LAG(" + value + ")" + window
                columns.append(("(" + value + " - " + previous + ") * " + dialect.hundred + " / NULLIF(" + previous + ", 0)", measure.name + "_growth_pct"))
            }
        }
        return columns
    }

    /// WHERE: row filters, entity filters on aggregates, the period (or both compared periods).
    func whereClause(_ frame: QueryFrame, _ scope: Scope) throws(Refusal) -> SQLText {
        var conditions: [SQLText] = []
        for filter in frame.filters {
            switch filter {
            case .aggregate(nil, _, _): continue
            case .aggregate(let entity?, let measure, let comparison):
                guard let key = model.table(entity).primaryKey.map({ scope.reference(ColumnID(table: entity, column: $0)) }) else {
                    throw .unsupported("comparing totals of \(model.table(entity).name), which has no key")
                }
                conditions.append(key + " IN (" + (try entitySubquery(entity, measure, comparison, frame)).indented + ")")
            default:
                conditions.append(condition(filter, scope))
            }
        }
        if let time = frame.time, let column = frame.timeColumn {
            if let comparison = frame.comparison {
                conditions.append("((" + range(time, column, scope) + ") OR (" + range(comparison, column, scope) + "))")
            } else if time.start != nil || time.end != nil {
                conditions.append(range(time, column, scope))
            }
        }
        return conditions.isEmpty ? SQLText() : "\nWHERE " + SQLText.joined(conditions, separator: "\n  AND ")
    }

    /// `column >= ? AND column < ?`, with days relative to today.
    func range(_ range: TimeRange, _ column: ColumnID, _ scope: Scope) -> SQLText {
        let reference = scope.reference(column)
        let typed = model.column(column).type.isTemporal
        var parts: [SQLText] = []
        if let start = range.start { parts.append(reference + " >= " + dialect.day(.day(start), typed: typed)) }
        if let end = range.end { parts.append(reference + " < " + dialect.day(.day(end), typed: typed)) }
        return parts.isEmpty ? "1 = 1" : SQLText.joined(parts, separator: " AND ")
    }

    /// A row filter as SQL.
    func condition(_ filter: Filter, _ scope: Scope) -> SQLText {
        switch filter {
        case .values(let column, let values, let negated):
            let reference = SQLText(scope.reference(column))
            if values.count == 1 { return reference + (negated ? " <> " : " = ") + .value(.text(values[0])) }
            return reference + (negated ? " NOT IN (" : " IN (") + SQLText.joined(values.map { .value(.text($0)) }, separator: ", ") + ")"
        case .flag(let column, let flag):
            let value: Value = model.column(column).type == .boolean ? .boolean(flag) : .integer(flag ? 1 : 0)
            return SQLText(scope.reference(column)) + " = " + .value(value)
        case .number(let column, let comparison):
            return self.condition(SQLText(scope.reference(column)), adjusted(comparison, for: column))
        case .aggregate:
            return "1 = 1"
        }
    }

    /// `expression op ?` or `expression BETWEEN ? AND ?`.
    func condition(_ expression: SQLText, _ comparison: Comparison) -> SQLText {
        if comparison.op == .between, let upper = comparison.upper {
            return expression + " BETWEEN " + .value(Self.number(comparison.value)) + " AND " + .value(Self.number(upper))
        }
        return expression + " " + comparison.op.rawValue + " " + .value(Self.number(comparison.value))
    }

    /// "20%" of a discount stored as 0.2 means 0.2; of a column named `..._pct` it means 20.
    private func adjusted(_ comparison: Comparison, for column: ColumnID) -> Comparison {
        guard comparison.percent, Set(model.column(column).keys).isDisjoint(with: ["percent", "pct", "percentag"]) else { return comparison }
        var adjusted = comparison
        adjusted.value /= 100
        adjusted.upper = adjusted.upper.map { $0 / 100 }
        return adjusted
    }

    static func number(_ value: Double) -> Value {
        value.rounded() == value && abs(value) < 1e15 ? .integer(Int64(value)) : .real(value)
    }

    /// The keys of `entity` whose `measure` compares so, counted over the measure's own tables (and the period).
    private func entitySubquery(_ entity: Int, _ measure: Measure, _ comparison: Comparison, _ frame: QueryFrame) throws(Refusal) -> SQLText {
        var needed = Set(measure.source.tables(lexicon) + [entity])
        let root = model.biggest(measure.source.tables(lexicon)) ?? entity
        let timed = frame.timeColumn.map { column in model.graph.parents(of: root)[column.table] != nil || column.table == root } ?? false
        if timed, let column = frame.timeColumn { needed.insert(column.table) }
        let plan = try JoinPlan.plan(root: root, needed: needed, model: model)
        let scope = Scope(plan: plan, lexicon: lexicon, dialect: dialect)
        guard let key = model.table(entity).primaryKey.map({ scope.reference(ColumnID(table: entity, column: $0)) }) else { throw .noJoin(model.table(root).name, model.table(entity).name) }
        var sql = "SELECT " + SQLText(key) + scope.fromClause()
        if timed, let time = frame.time, let column = frame.timeColumn, frame.comparison == nil { sql = sql + "\nWHERE " + range(time, column, scope) }
        return sql + "\nGROUP BY " + key + "\nHAVING " + condition(try scope.aggregate(measure, when: nil), comparison)
    }
}
