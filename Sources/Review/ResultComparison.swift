import BICore

/// What changed between two results of the same query: rows matched by their text columns
/// (or by position when there are none), numbers compared with a relative tolerance.
public struct ResultComparison: Sendable {
    public struct Change: Sendable, Hashable {
        public var row: String
        public var column: String
        public var before: Double?
        public var after: Double?
    }

    public struct Total: Sendable, Hashable {
        public var column: String
        public var before: Double
        public var after: Double
    }

    public var added: [String] = []
    public var removed: [String] = []
    public var changes: [Change] = []
    public var totals: [Total] = []
    public var rowCounts: (before: Int, after: Int)

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changes.isEmpty && !columnsChanged }
    public var columnsChanged = false

    public init(before: ResultTable, after: ResultTable, tolerance: Double) {
        rowCounts = (before.rowCount, after.rowCount)
        columnsChanged = before.columns.map(\.name) != after.columns.map(\.name)
        let numeric = after.columns.filter(\.type.isNumeric).map(\.name).filter { name in
            before.columnIndex(named: name).map { before.columns[$0].type.isNumeric } ?? false
        }
        let keysBefore = ResultComparison.rowKeys(before), keysAfter = ResultComparison.rowKeys(after)
        let indexBefore = Dictionary(keysBefore.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let indexAfter = Dictionary(keysAfter.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        added = keysAfter.filter { indexBefore[$0] == nil }
        removed = keysBefore.filter { indexAfter[$0] == nil }
        for (rowAfter, key) in keysAfter.enumerated() {
            guard let rowBefore = indexBefore[key] else { continue }
            for name in numeric {
                let old = before[rowBefore, before.columnIndex(named: name)!].number
                let new = after[rowAfter, after.columnIndex(named: name)!].number
                if ResultComparison.differ(old, new, tolerance: tolerance) {
                    changes.append(Change(row: key, column: name, before: old, after: new))
                }
            }
        }
        for name in numeric {
            let sumBefore = (0..<before.rowCount).reduce(0.0) { $0 + (before[$1, before.columnIndex(named: name)!].number ?? 0) }
            let sumAfter = (0..<after.rowCount).reduce(0.0) { $0 + (after[$1, after.columnIndex(named: name)!].number ?? 0) }
            if ResultComparison.differ(sumBefore, sumAfter, tolerance: tolerance) {
                totals.append(Total(column: name, before: sumBefore, after: sumAfter))
            }
        }
    }

    /// A row's identity: its text, date and boolean values joined, or its position when it has none.
    static func rowKeys(_ table: ResultTable) -> [String] {
        let keyColumns = table.columns.indices.filter { !table.columns[$0].type.isNumeric }
        return (0..<table.rowCount).map { row in
            keyColumns.isEmpty ? "row \(row + 1)" : keyColumns.map { table[row, $0].text }.joined(separator: " · ")
        }
    }

    static func differ(_ a: Double?, _ b: Double?, tolerance: Double) -> Bool {
        guard let a, let b else { return (a == nil) != (b == nil) }
        return abs(a - b) > tolerance * Swift.max(abs(a), abs(b), 1e-12)
    }
}
