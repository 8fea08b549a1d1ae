import BICore
import CSQLite
import Dispatch
import Glibc
import Synchronization

extension SQLiteConnector {
    /// The answer of `grouping`: its rows folded into groups as they stream, instead of sorted by
    /// SQLite to group them, on two connections at once, each joining half of the rows. The same
    /// result as the grouped SQL, sums up to the rounding of adding reals in another order. Nil
    /// when a value would not fold as SQLite folds it: the caller then runs the SQL.
    public func fold(_ grouping: RowGrouping, today: Day, limits: QueryLimits) throws -> ResultTable? {
        let parts = try partitions(of: grouping.rows.bound(today: today), limits: limits)
        let folds = Mutex([Result<GroupFold?, any Error>](repeating: .success(nil), count: parts.count))
        DispatchQueue.concurrentPerform(iterations: parts.count) { part in
            let result = Result { try self.fold(parts[part], grouping, limits: limits) }
            folds.withLock { $0[part] = result }
        }
        var merged: GroupFold?
        for result in folds.withLock({ $0 }) {
            guard let fold = try result.get() else { return nil }
            if merged == nil {
                merged = fold
            } else {
                guard merged!.merge(fold) else { return nil }
            }
        }
        guard let merged else { return nil }
        if merged.count > limits.maxRows { throw ConnectorError(.rowLimit(limits.maxRows)) }
        return merged.result()
    }

    private func fold(_ rows: BoundSQL, _ grouping: RowGrouping, limits: QueryLimits) throws -> GroupFold? {
        try withStatement(rows, limits: limits) { statement in
            var fold = GroupFold(grouping, keyColumns: Array(statement.columns.prefix(grouping.keys)))
            while try statement.next() {
                guard fold.add(statement) else { return nil }
                if fold.count > limits.maxRows { throw ConnectorError(.rowLimit(limits.maxRows)) }
            }
            return fold
        }
    }

    /// `rows` split in two by the rowid of the table SQLite's plan reads first (its outer loop):
    /// every joined row comes from one row of that table, so each part has its own rows. One part
    /// on a single processor, or when the plan does not begin by reading a table with rowids.
    private func partitions(of rows: BoundSQL, limits: QueryLimits) throws -> [BoundSQL] {
        guard sysconf(Int32(_SC_NPROCESSORS_ONLN)) > 1, let alias = try outerTable(of: rows, limits: limits) else { return [rows] }
        let condition = (rows.text.contains("\nWHERE ") ? "\n  AND " : "\nWHERE ") + alias + "._rowid_ % 2 = "
        let parts = [BoundSQL(rows.text + condition + "0", parameters: rows.parameters),
                     BoundSQL(rows.text + condition + "1", parameters: rows.parameters)]
        do {
            _ = try columns(of: parts[0], limits: limits)   // a WITHOUT ROWID table has no _rowid_
            return parts
        } catch is ConnectorError {
            return [rows]
        }
    }

    /// The alias of the first table SQLite's plan scans or searches at the top level.
    private func outerTable(of rows: BoundSQL, limits: QueryLimits) throws -> String? {
        try withStatement(BoundSQL("EXPLAIN QUERY PLAN " + rows.text, parameters: rows.parameters), limits: limits) { plan in
            while try plan.next() {
                guard case .integer(0) = plan.value(at: 1), case .text(let detail) = plan.value(at: 3) else { continue }
                let words = detail.split(separator: " ")
                guard words.count >= 2, words[0] == "SCAN" || words[0] == "SEARCH" else { return nil }
                let alias = String(words[1])
                return alias.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") } ? alias : nil
            }
            return nil
        }
    }
}
