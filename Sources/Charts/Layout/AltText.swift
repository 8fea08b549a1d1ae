import BICore

/// Text alternatives for charts: what a screen reader says instead of the picture.
enum AltText {
    static func title(_ spec: ChartSpec, _ table: SeriesTable) -> String {
        let measures = table.series.count == 1 ? table.series[0].name : table.series.map(\.name).joined(separator: ", ")
        return "\(measures) by \(spec.x ?? "category")"
    }

    /// "Bar chart of revenue by region, 5 values, from 1.2M (Europe) to 3.4M (North America)."
    static func describe(_ spec: ChartSpec, _ table: SeriesTable) -> String {
        var text = "\(spec.type.rawValue.capitalizedFirst) chart of \(title(spec, table)), \(table.categories.count) categories"
        if table.series.count > 1 { text += ", \(table.series.count) series" }
        var low: (Double, String)?, high: (Double, String)?
        for series in table.series {
            for (position, value) in series.values.enumerated() {
                guard let value else { continue }
                if value < (low?.0 ?? .infinity) { low = (value, table.categories[position]) }
                if value > (high?.0 ?? -.infinity) { high = (value, table.categories[position]) }
            }
        }
        if let low, let high {
            text += ", from \(spec.yFormat.full(low.0)) (\(low.1)) to \(spec.yFormat.full(high.0)) (\(high.1))"
        }
        return text + "."
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
