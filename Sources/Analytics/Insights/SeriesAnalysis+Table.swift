import BICore

extension SeriesAnalysis {
    /// Analyses column `y` of `table` against column `x` (names compared as SQL does), as
    /// `bi analyze FILE.csv --x COL --y COL` needs; nil when either column is missing. Rows
    /// without an x are left out; cells of `y` that are not numbers count as missing.
    ///
    /// ```swift
    /// let analysis = SeriesAnalysis(table: monthly, x: "month", y: "revenue",
    ///                               options: .init(name: "Revenue", forecastHorizon: 12))
    /// ```
    public init?(table: ResultTable, x: String, y: String, options: Options = .init()) {
        guard let xColumn = table.columnIndex(named: x), let yColumn = table.columnIndex(named: y) else { return nil }
        self.init(TimeSeries(table: table, x: xColumn, y: yColumn, aggregation: options.aggregation), options: options)
    }
}
