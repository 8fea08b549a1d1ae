import BICore

extension ChartSpec {
    /// The chart a question engine suggested, fitted to the answer's columns: a text or date column
    /// along x (for a line, the one holding periods such as `2025-03`), the numeric columns as y, and
    /// another text column as series. Nil when the
    /// answer is one number, a list of rows, or has no numeric column: those read best as a value or a table.
    ///
    /// ```swift
    /// ChartSpec.suggested(.line, for: table)   // x: month, y: [revenue]; with a category column, one line per category
    /// ```
    public static func suggested(_ chart: SuggestedChart, for table: ResultTable, title: String? = nil) -> ChartSpec? {
        let type: ChartType
        switch chart {
        case .bar: type = .bar
        case .line: type = .line
        case .value, .table: return nil
        }
        var labels = table.columns.indices.filter { !table.columns[$0].type.isNumeric }
        let numbers = table.columns.filter(\.type.isNumeric).map(\.name)
        guard !labels.isEmpty, !numbers.isEmpty, table.rowCount > 0 else { return nil }
        if type == .line, let period = labels.firstIndex(where: { isPeriod(table.values(ofColumn: $0).first) }) {
            labels.insert(labels.remove(at: period), at: 0)
        }
        let x = table.columns[labels[0]].name
        let series = labels.count > 1 ? table.columns[labels[1]].name : nil
        return ChartSpec(type: type, x: x, y: series == nil ? numbers : [numbers[0]], series: series, title: title)
    }

    /// Whether a value reads as a period or a date: it starts with a four-digit year (`2025`, `2025-Q1`, `2025-03-01`).
    private static func isPeriod(_ value: Value?) -> Bool {
        guard let text = value?.text, text.count >= 4 else { return false }
        return text.prefix(4).allSatisfy(\.isNumber)
    }
}
