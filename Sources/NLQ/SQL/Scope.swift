import BICore

/// The tables of one SELECT and how to refer to them: qualified columns, the FROM clause with its
/// joins, group expressions, and aggregates of measures (optionally only over rows meeting a condition).
struct Scope {
    let plan: JoinPlan
    let lexicon: Lexicon
    let dialect: DialectSQL
    var model: SchemaModel { lexicon.model }

    /// `alias.column`.
    func reference(_ column: ColumnID) -> String {
        plan.aliases[column.table]! + "." + dialect.identifier(model.column(column).name)
    }

    func fromClause() -> String {
        var text = "\nFROM " + table(plan.root)
        for join in plan.joins {
            text += "\nJOIN " + table(join.table) + " ON " + reference(join.edge.to) + " = " + reference(join.edge.from)
        }
        return text
    }

    private func table(_ index: Int) -> String { dialect.identifier(model.table(index).name) + " " + plan.aliases[index]! }

    func bucket(_ column: ColumnID, _ unit: CalendarUnit) -> String {
        dialect.bucket(reference(column), unit, isText: model.column(column).type == .text)
    }

    /// A group's selected expression, its result name and what to GROUP BY.
    func dimension(_ dimension: Dimension) -> (expression: String, name: String, groupBy: [String]) {
        switch dimension {
        case .column(let column):
            return (reference(column), model.column(column).name, [reference(column)])
        case .bucket(let column, let unit):
            let expression = bucket(column, unit)
            return (expression, unit.rawValue, [expression])
        case .entity(let table):
            let entity = model.table(table)
            guard let label = entity.label.map({ ColumnID(table: table, column: $0) }) else {
                return ("COUNT(*)", entity.singular, [])
            }
            let key = entity.primaryKey.map { ColumnID(table: table, column: $0) }
            let name = entity.label == entity.primaryKey ? entity.singular + "_" + model.column(label).name : model.column(label).name
            let groups = key.map { $0 == label ? [reference(label)] : [reference($0), reference(label)] } ?? [reference(label)]
            return (reference(label), name, groups)
        }
    }

    /// What a measure adds up per row, before aggregation; nil for a count of rows.
    func rowExpression(_ source: MeasureSource) -> String? {
        switch source {
        case .rows: return nil
        case .column(let column):
            let scale = model.column(column).scale
            return scale == 1 ? reference(column) : reference(column) + " / " + String(Int(1 / scale)) + ".0"
        case .product(let columns):
            return columns.map(reference).joined(separator: " * ")
        case .difference(let left, let right):
            return rowExpression(left)! + " - " + rowExpression(right)!
        case .semantic(let index):
            let measure = lexicon.measures[index]
            var sql = measure.measure.sql
            for (range, column) in measure.references.reversed() { sql.replaceSubrange(range, with: reference(column)) }
            return sql
        }
    }

    /// The aggregate of `measure`, over rows meeting `condition` when one is given.
    func aggregate(_ measure: Measure, when condition: SQLText?) throws(Refusal) -> SQLText {
        var result: SQLText
        switch measure.source {
        case .rows(let table):
            let key = model.table(table).primaryKey.map { reference(ColumnID(table: table, column: $0)) }
            let distinct = !plan.joins.isEmpty && key != nil
            let counted = distinct ? key! : "1"
            if let condition {
                result = "COUNT(" + (distinct ? "DISTINCT " : "") + "CASE WHEN " + condition + " THEN " + SQLText(counted) + " END)"
            } else {
                result = SQLText(distinct ? "COUNT(DISTINCT " + counted + ")" : "COUNT(*)")
            }
        case .semantic:
            guard condition == nil else { throw .unsupported("comparing or sharing a measure from bi.yml") }
            result = SQLText("(" + rowExpression(measure.source)! + ")")
        case .column, .product, .difference:
            let row = rowExpression(measure.source)!
            let expression = SQLText(measure.aggregation == .average ? dialect.averaged(row) : row)
            let value = condition.map { "CASE WHEN " + $0 + " THEN " + expression + " END" } ?? expression
            let function = measure.aggregation.sqlFunction.uppercased()
            result = SQLText(function + "(" + (measure.aggregation == .distinctCount ? "DISTINCT " : "")) + value + ")"
        }
        guard let per = measure.per, let key = model.table(per).primaryKey.map({ reference(ColumnID(table: per, column: $0)) }) else {
            return result
        }
        let entities = condition.map { "COUNT(DISTINCT CASE WHEN " + $0 + " THEN " + SQLText(key) + " END)" } ?? SQLText("COUNT(DISTINCT " + key + ")")
        return result + " * " + dialect.one + " / NULLIF(" + entities + ", 0)"
    }
}
