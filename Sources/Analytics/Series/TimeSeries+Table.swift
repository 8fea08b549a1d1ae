import BICore

extension TimeSeries {
    /// Column `y` of `table` against column `x` (by index), as reports and `bi analyze` read a
    /// series: rows without an x have no place on the axis and are left out; cells of `y` that are
    /// not numbers count as missing.
    ///
    /// ```swift
    /// let series = TimeSeries(table: daily, x: 0, y: 1)
    /// ```
    public init(table: ResultTable, x: Int, y: Int, aggregation: Aggregation = .sum) {
        let rows = (0..<table.rowCount).filter { !table[$0, x].isNull }
        self.init(x: rows.map { table[$0, x].text }, y: rows.map { table[$0, y].number }, aggregation: aggregation)
    }
}
