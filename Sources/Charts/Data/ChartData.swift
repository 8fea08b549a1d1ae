import BICore

/// Column access for chart builders: columns by name with helpful errors, and values as numbers,
/// labels or times, read straight from the table's storage.
struct ChartData {
    let table: ResultTable

    init(_ table: ResultTable) { self.table = table }

    var names: [String] { table.columns.map(\.name) }
    var rowCount: Int { table.rowCount }

    func column(_ name: String) throws(ChartError) -> Int {
        guard let index = table.columnIndex(named: name) else { throw ChartError(.missingColumn(name, available: names)) }
        return index
    }

    /// The column an encoding names; `channel` is what the error calls it when the encoding is missing.
    func column(_ name: String?, for channel: String) throws(ChartError) -> Int {
        guard let name else { throw ChartError(.missingEncoding(channel)) }
        return try column(name)
    }

    func numericColumn(_ name: String) throws(ChartError) -> Int {
        let index = try column(name)
        guard table.columns[index].type.isNumeric || table.columns[index].type == .unknown || table.columns[index].type == .boolean else {
            throw ChartError(.notNumeric(table.columns[index].name))
        }
        return index
    }

    /// Values of a numeric column; NaN where the cell is null or not a number.
    func numbers(_ column: Int) -> [Double] { table.numbers(ofColumn: column) }

    func labels(_ column: Int) -> [String] {
        (0..<rowCount).map { table[$0, column].text }
    }

    /// Whether the column holds dates or times (typed so, or text that reads as such).
    func isTemporal(_ column: Int) -> Bool {
        let type = table.columns[column].type
        if type.isTemporal { return true }
        guard type == .text || type == .unknown else { return false }
        return Temporal.isTemporal(labels(column))
    }

    /// Times of a temporal column in days since 1970-01-01; NaN where unreadable.
    func days(_ column: Int) -> [Double] {
        (0..<rowCount).map { Temporal.days(table[$0, column].text) ?? .nan }
    }

    /// A column as positions: numbers, or times for temporal columns.
    func positions(_ column: Int) -> (values: [Double], isTime: Bool) {
        if table.columns[column].type.isNumeric { return (numbers(column), false) }
        if isTemporal(column) { return (days(column), true) }
        return (numbers(column), false)
    }
}
