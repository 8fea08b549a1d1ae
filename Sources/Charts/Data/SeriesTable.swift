import BICore

/// The data of a category chart, pivoted: x categories in order, and per series one value per category.
struct SeriesTable {
    struct Series {
        var name: String
        /// NaN where a category has no value.
        var values: [Double]
    }

    var categories: [String]
    var series: [Series]

    /// Reads `spec.x` as categories and either several `y` columns or one `y` split by `spec.series`.
    /// Without `y`, every numeric column but x is a measure.
    init(spec: ChartSpec, data: ChartData) throws(ChartError) {
        guard let xName = spec.x ?? data.names.first else { throw ChartError(.missingEncoding("x")) }
        let x = try data.column(xName)
        let yNames = spec.y.isEmpty ? data.names.enumerated().filter { $0.offset != x && data.table.columns[$0.offset].type.isNumeric }.map(\.element) : spec.y
        guard !yNames.isEmpty else { throw ChartError(.missingEncoding("y")) }
        var yColumns: [Int] = []
        for name in yNames { yColumns.append(try data.numericColumn(name)) }
        let seriesColumn = try spec.series.map { name throws(ChartError) in try data.column(name) }
        let table = data.table

        var categoryIndex: [String: Int] = [:]
        var categories: [String] = []
        var seriesIndex: [String: Int] = [:]
        var series: [Series] = seriesColumn == nil ? yColumns.map { Series(name: table.columns[$0].name, values: []) } : []
        for row in 0..<table.rowCount {
            let label = table[row, x].text
            let position: Int
            if let known = categoryIndex[label] {
                position = known
            } else {
                position = categories.count
                categoryIndex[label] = position
                categories.append(label)
                for index in series.indices { series[index].values.append(.nan) }
            }
            if let seriesColumn {
                let name = table[row, seriesColumn].text
                let index: Int
                if let known = seriesIndex[name] {
                    index = known
                } else {
                    index = series.count
                    seriesIndex[name] = index
                    series.append(Series(name: name, values: Array(repeating: .nan, count: categories.count)))
                }
                series[index].values[position] = table[row, yColumns[0]].number ?? .nan
            } else {
                for (index, column) in yColumns.enumerated() { series[index].values[position] = table[row, column].number ?? .nan }
            }
        }
        self.categories = categories
        self.series = series
        if spec.sort != .none { sort(descending: spec.sort == .descending) }
    }

    /// Orders categories by their total over all series.
    mutating func sort(descending: Bool) {
        let totals = categories.indices.map { position in series.reduce(0.0) { $0 + ($1.values[position].isNaN ? 0 : $1.values[position]) } }
        let order = categories.indices.sorted { descending ? totals[$0] > totals[$1] : totals[$0] < totals[$1] }
        categories = order.map { categories[$0] }
        for index in series.indices { series[index].values = order.map { series[index].values[$0] } }
    }

    var allValues: [Double] { series.flatMap { $0.values.filter { !$0.isNaN } } }

    /// The tooltip of one value: `North · 2024: $1.2M`.
    func tooltip(category: Int, series index: Int, format: NumberFormat) -> String {
        categories[category] + (series.count > 1 ? " · \(series[index].name)" : "") + ": " + format.full(series[index].values[category])
    }
}
