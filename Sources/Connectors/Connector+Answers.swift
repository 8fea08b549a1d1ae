import BICore

extension Connector {
    /// The result of a compiled question: on SQLite its rows folded into groups where the question
    /// carries a ``RowGrouping`` (several times faster than SQLite's sorting GROUP BY on big joins),
    /// else its SQL.
    public func answer(_ question: CompiledQuestion, today: Day, limits: QueryLimits = .default) throws -> ResultTable {
        if let grouping = question.grouping, let sqlite = self as? SQLiteConnector,
           let folded = try sqlite.fold(grouping, today: today, limits: limits) {
            return folded
        }
        return try collect(question.sql.bound(today: today), limits: limits)
    }
}
