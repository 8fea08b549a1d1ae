import BICore

/// The data of a category chart, pivoted: x categories in order, and per series one value per category.
struct SeriesTable {
    struct Series {
        var name: String
        var values: [Double?]
    }

    var categories: [String]
    var series: [Series]

    /// Reads `spec.x` as categories and either several `y` columns or one `y` split by `spec.series`.
    init(spec: ChartSpec, data: ResultTable) throws(ChartError) {
        let names = data.columns.map(\.name)
        func column(_ name: String) throws(ChartError) -> Int {
            guard let index = data.columnIndex(named: name) else { throw ChartError(.missingColumn(name, available: names)) }
            return index
        }
        guard let xName = spec.x ?? names.first else { throw ChartError(.missingEncoding("x")) }
        let x = try column(xName)
        let yNames = spec.y.isEmpty ? names.enumerated().filter { $0.offset != x && data.columns[$0.offset].type.isNumeric }.map(\.element) : spec.y
        guard !yNames.isEmpty else { throw ChartError(.missingEncoding("y")) }
        var yColumns: [Int] = []
        for name in yNames {
            let index = try column(name)
            guard data.columns[index].type.isNumeric || data.columns[index].type == .unknown else { throw ChartError(.notNumeric(name)) }
            yColumns.append(index)
        }
        let seriesColumn = try spec.series.map { name throws(ChartError) in try column(name) }

        var categoryIndex: [String: Int] = [:]
        var categories: [String] = []
        var seriesIndex: [String: Int] = [:]
        var series: [Series] = seriesColumn == nil ? yNames.map { Series(name: $0, values: []) } : []
        for row in 0..<data.rowCount {
            let label = data[row, x].text
            let position: Int
            if let known = categoryIndex[label] {
                position = known
            } else {
                position = categories.count
                categoryIndex[label] = position
                categories.append(label)
                for index in series.indices { series[index].values.append(nil) }
            }
            if let seriesColumn {
                let name = data[row, seriesColumn].text
                let index: Int
                if let known = seriesIndex[name] {
                    index = known
                } else {
                    index = series.count
                    seriesIndex[name] = index
                    series.append(Series(name: name, values: Array(repeating: nil, count: categories.count)))
                }
                series[index].values[position] = data[row, yColumns[0]].number
            } else {
                for (index, column) in yColumns.enumerated() { series[index].values[position] = data[row, column].number }
            }
        }
        self.categories = categories
        self.series = series
    }

    var allValues: [Double] { series.flatMap { $0.values.compactMap { $0 } } }
}
