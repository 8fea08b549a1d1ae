import BICore

extension Segmentation {
    /// Segments the rows of `table` on `columns` (default: every numeric column); nil when a
    /// named column is missing or the rows cannot be segmented. Non-numeric cells count as missing.
    ///
    /// ```swift
    /// let segments = Segmentation(table: customers, columns: ["revenue", "orders", "tenure_days"])
    /// ```
    public init?(table: ResultTable, columns: [String]? = nil, k range: ClosedRange<Int> = 2...8, seed: UInt64 = 42) {
        let names = columns ?? table.columns.filter(\.type.isNumeric).map(\.name)
        let indexes = names.compactMap(table.columnIndex(named:))
        guard indexes.count == names.count, !names.isEmpty else { return nil }
        self.init(columns: indexes.map { table.columns[$0].name },
                  values: indexes.map { table.values(ofColumn: $0).map(\.number) }, k: range, seed: seed)
    }
}
