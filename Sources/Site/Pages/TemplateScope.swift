import BICore
import Reports

/// The names a page's templating can read: query results, page parameters and the current row of
/// each enclosing `{#each}` loop.
public struct TemplateScope: Sendable {
    public var results: [String: ResultTable]
    public var parameters: [String: Value]
    /// Loop rows by alias.
    var rows: [String: (table: ResultTable, row: Int)] = [:]

    public init(results: [String: ResultTable], parameters: [String: Value] = [:]) {
        self.results = results
        self.parameters = parameters
    }

    /// The scope with `alias` naming `row` of `table`.
    func binding(_ alias: String, to table: ResultTable, row: Int) -> TemplateScope {
        var scope = self
        scope.rows[alias] = (table, row)
        return scope
    }

    /// Whether `name` starts a path this scope resolves (a loop row or `params`).
    func binds(_ name: String) -> Bool { rows[name] != nil || name == "params" }

    /// The value a path names: `row.revenue`, `params.product`, `top.length`, `top.revenue` (first row).
    func value(of path: [String], at location: SourceLocation) throws -> Value {
        guard let head = path.first else { return .null }
        if let (table, row) = rows[head] {
            guard path.count == 2 else { throw Diagnostic(at: location, "write \(head).COLUMN to read a column of the row") }
            return table[row, try column(path[1], of: table, named: head, at: location)]
        }
        if head == "params" {
            guard path.count == 2, let value = parameters[path[1]] else { throw Diagnostic(at: location, "no page parameter '\(path.dropFirst().joined(separator: "."))'") }
            return value
        }
        guard let table = results[head] else { throw Diagnostic(at: location, "'\(head)' is not a query or a loop row here") }
        if path.count == 1 || path[1] == "length" { return .integer(Int64(table.rowCount)) }
        guard table.rowCount > 0 else { return .null }
        return table[0, try column(path[1], of: table, named: head, at: location)]
    }

    func evaluate(_ expression: Expression, at location: SourceLocation) throws -> Value {
        switch expression {
        case .literal(let value): return value
        case .path(let path): return try value(of: path, at: location)
        case .not(let inner): return .boolean(!(try evaluate(inner, at: location)).isTruthy)
        case .binary(.and, let left, let right):
            return .boolean(try evaluate(left, at: location).isTruthy && evaluate(right, at: location).isTruthy)
        case .binary(.or, let left, let right):
            return .boolean(try evaluate(left, at: location).isTruthy || evaluate(right, at: location).isTruthy)
        case .binary(let op, let left, let right):
            return .boolean(Self.compare(try evaluate(left, at: location), op, try evaluate(right, at: location)))
        }
    }

    static func compare(_ left: Value, _ op: Expression.Operator, _ right: Value) -> Bool {
        let order: Int
        if let a = left.number, let b = right.number {
            order = a < b ? -1 : (a > b ? 1 : 0)
        } else if left.isNull || right.isNull {
            return op == .equal ? left.isNull && right.isNull : (op == .notEqual ? left.isNull != right.isNull : false)
        } else {
            order = left.text < right.text ? -1 : (left.text > right.text ? 1 : 0)
        }
        switch op {
        case .equal: return order == 0
        case .notEqual: return order != 0
        case .less: return order < 0
        case .lessOrEqual: return order <= 0
        case .greater: return order > 0
        case .greaterOrEqual: return order >= 0
        case .and, .or: return false
        }
    }

    private func column(_ name: String, of table: ResultTable, named query: String, at location: SourceLocation) throws -> Int {
        if let index = table.columnIndex(named: name) { return index }
        let names = table.columns.map(\.name)
        throw Diagnostic(at: location, "'\(query)' has no column '\(name)'",
                         hint: name.closestMatch(in: names).map { "did you mean '\($0)'?" } ?? "its columns: \(names.joined(separator: ", "))")
    }
}

extension Value {
    /// Null, false, zero and empty text are false; everything else is true.
    public var isTruthy: Bool {
        switch self {
        case .null: false
        case .boolean(let flag): flag
        case .integer(let number): number != 0
        case .real(let number): number != 0
        case .text(let text): !text.isEmpty
        }
    }
}
