import BICore
import Connectors

extension SQLWriter {
    /// The frame's answer as rows to fold (``RowGrouping``), for SQLite, which groups by sorting every
    /// row: plain groups of sums, averages, counts, minimums and maximums, ranked and limited. Nil
    /// for what folding does not cover (no groups, HAVING, shares, growth, comparisons, averages per
    /// period, listings, measures from `bi.yml`), which run as SQL alone.
    func grouping(for frame: QueryFrame, scope: Scope) throws(Refusal) -> RowGrouping? {
        guard dialect.dialect == .sqlite, frame.listing == nil, frame.averagePer == nil, frame.comparison == nil,
              !frame.share, !frame.growth, !frame.dimensions.isEmpty,
              !frame.filters.contains(where: { if case .aggregate(nil, _, _) = $0 { true } else { false } })
        else { return nil }
        var selected: [String] = []
        func column(_ expression: String) -> Int {
            if let index = selected.firstIndex(of: expression) { return index }
            selected.append(expression)
            return selected.count - 1
        }
        let dimensions = frame.dimensions.map(scope.dimension)
        guard dimensions.allSatisfy({ !$0.groupBy.isEmpty }) else { return nil }
        for expression in dimensions.flatMap(\.groupBy) { _ = column(expression) }
        let keys = selected.count
        var outputs: [RowGrouping.Output] = []
        for dimension in dimensions {
            guard let key = selected.firstIndex(of: dimension.expression) else { return nil }
            outputs.append(.key(key))
        }
        for measure in frame.measures {
            guard let aggregate = self.aggregate(measure, scope, column: column) else { return nil }
            outputs.append(.aggregate(aggregate))
        }
        let names = uniqueNames(dimensions.map(\.name) + frame.measures.map(\.name), frame)
        var rows = "SELECT " + SQLText(selected.joined(separator: ", ")) + scope.fromClause()
        rows = rows + (try whereClause(frame, scope))
        return RowGrouping(rows: rows.template, keys: keys, columns: zip(names, outputs).map(RowGrouping.OutputColumn.init),
                           order: orderKeys(frame, names: names), limit: frame.limit)
    }

    /// A measure as an aggregate of selected columns, as ``Scope/aggregate(_:when:)`` writes it in SQL.
    private func aggregate(_ measure: Measure, _ scope: Scope, column: (String) -> Int) -> RowGrouping.Aggregate? {
        var result: RowGrouping.Aggregate
        switch measure.source {
        case .rows(let table):
            let key = model.table(table).primaryKey.map { scope.reference(ColumnID(table: table, column: $0)) }
            if let key, !scope.plan.joins.isEmpty {
                result = RowGrouping.Aggregate(.distinctCount, argument: column(key))
            } else {
                result = RowGrouping.Aggregate(.rows, argument: nil)
            }
        case .semantic:
            return nil
        case .column, .product, .difference:
            let function: RowGrouping.Aggregate.Function = switch measure.aggregation {
            case .sum: .sum
            case .average: .average
            case .count: .count
            case .distinctCount: .distinctCount
            case .minimum: .minimum
            case .maximum: .maximum
            }
            result = RowGrouping.Aggregate(function, argument: column(scope.rowExpression(measure.source)!))
        }
        if let per = measure.per, let key = model.table(per).primaryKey {
            result.per = column(scope.reference(ColumnID(table: per, column: key)))
        }
        return result
    }
}
