import BICore

/// The groups of a ``RowGrouping`` being folded from its rows: each group's key values and
/// aggregates, then the result in the order SQLite's GROUP BY and ORDER BY give.
struct GroupFold {
    let grouping: RowGrouping
    /// Groups by the hash of their key (``SQLiteStatement/groupKeyHash(columns:)``).
    private var groups: [Int: [Int]] = [:]
    private var keyValues: [[Value]] = []
    private var folds: [[AggregateFold]] = []
    private let aggregates: [RowGrouping.Aggregate]
    /// The rows' key columns, whose declared types the result's key columns keep.
    private let keyColumns: [Column]

    init(_ grouping: RowGrouping, keyColumns: [Column]) {
        self.grouping = grouping
        self.keyColumns = keyColumns
        aggregates = grouping.columns.compactMap { if case .aggregate(let aggregate) = $0.value { aggregate } else { nil } }
    }

    var count: Int { keyValues.count }

    /// Folds the current row into its group; false when SQLite would group or fold it differently.
    mutating func add(_ row: SQLiteStatement) -> Bool {
        guard let hash = row.groupKeyHash(columns: grouping.keys) else { return false }
        var group: Int?
        for candidate in groups[hash] ?? [] {
            switch row.groupKeyMatch(keyValues[candidate]) {
            case .same: group = candidate
            case .different: continue
            case .ambiguous: return false
            }
            break
        }
        if group == nil {
            group = keyValues.count
            groups[hash, default: []].append(keyValues.count)
            keyValues.append((0..<grouping.keys).map(row.value))
            folds.append(aggregates.map(AggregateFold.init))
        }
        for index in folds[group!].indices where !folds[group!][index].add(row) { return false }
        return true
    }

    /// Adds the groups of a fold of other rows of the same grouping; false when SQLite would group
    /// them differently (1 in one fold, 1.0 in the other).
    mutating func merge(_ other: GroupFold) -> Bool {
        var known: [[GroupKeyPart]: Int] = [:]
        for (group, values) in keyValues.enumerated() {
            guard let key = GroupKeyPart.key(values) else { return false }
            known[key] = group
        }
        for (theirs, values) in other.keyValues.enumerated() {
            guard let key = GroupKeyPart.key(values) else { return false }
            guard let ours = known[key] else {
                known[key] = keyValues.count
                keyValues.append(values)
                folds.append(other.folds[theirs])
                continue
            }
            guard keyValues[ours] == values else { return false }
            for index in folds[ours].indices { folds[ours][index].merge(other.folds[theirs][index]) }
        }
        return true
    }

    /// The result: groups in key order, then sorted by ``RowGrouping/order`` and cut to its limit;
    /// nil when an aggregate has no value the fold can give.
    func result() -> ResultTable? {
        var rows: [[Value]] = []
        rows.reserveCapacity(count)
        for group in keyValues.indices {
            var aggregateIndex = 0
            var row: [Value] = []
            for column in grouping.columns {
                switch column.value {
                case .key(let index): row.append(keyValues[group][index])
                case .aggregate:
                    guard let value = folds[group][aggregateIndex].result else { return nil }
                    row.append(value)
                    aggregateIndex += 1
                }
            }
            rows.append(row)
        }
        // GROUP BY gives the groups in key order; ORDER BY sorts them, ties keeping that order.
        let keyOrder = (0..<grouping.keys).map { RowGrouping.SortKey(column: $0, descending: false) }
        var ordered = keyValues.indices.sorted { Self.order(keyValues[$0], keyValues[$1], on: keyOrder) < 0 }
        if !grouping.order.isEmpty {
            ordered = ordered.enumerated().sorted { a, b in
                let order = Self.order(rows[a.element], rows[b.element], on: grouping.order)
                return order != 0 ? order < 0 : a.offset < b.offset
            }.map(\.element)
        }
        if let limit = grouping.limit { ordered = Array(ordered.prefix(max(0, limit))) }
        var builder = ResultTable.Builder(columns: grouping.columns.map { column in
            if case .key(let index) = column.value { return Column(column.name, keyColumns[index].type) }
            return Column(column.name, .unknown)
        })
        for index in ordered { builder.append(row: rows[index]) }
        return builder.build()
    }

    private static func order(_ left: [Value], _ right: [Value], on keys: [RowGrouping.SortKey]) -> Int {
        for key in keys {
            let order = SQLiteValueOrder.compare(left[key.column], right[key.column])
            if order != 0 { return key.descending ? -order : order }
        }
        return 0
    }
}
