import BICore
import CSQLite

extension SQLiteConnector {
    /// The answer of `grouping`, its rows folded into groups as they stream instead of sorted by
    /// SQLite to group them; the same result as the grouped SQL. Nil when a value would not fold as
    /// SQLite folds it, or when this SQLite adds reals differently (see ``addsRealsInRowOrder``):
    /// the caller then runs the SQL.
    public func fold(_ grouping: RowGrouping, today: Day, limits: QueryLimits) throws -> ResultTable? {
        guard Self.addsRealsInRowOrder else { return nil }
        return try withStatement(grouping.rows.bound(today: today), limits: limits) { statement in
            var fold = GroupFold(grouping)
            while try statement.next() {
                guard fold.add(statement) else { return nil }
                if fold.count > limits.maxRows { throw ConnectorError(.rowLimit(limits.maxRows)) }
            }
            return fold.result(keyColumns: Array(statement.columns.prefix(grouping.keys)))
        }
    }

    /// SQLite before 3.43 adds reals one after another in row order, as the fold does; later
    /// versions compensate the rounding (Kahan–Babuška–Neumaier), which the fold does not copy.
    static let addsRealsInRowOrder = sqlite3_libversion_number() < 3_043_000
}
