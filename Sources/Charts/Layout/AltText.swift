import BICore

/// Text alternatives for charts: what a screen reader says instead of the picture.
enum AltText {
    /// "Revenue by month".
    static func title(_ spec: ChartSpec, measures: [String]) -> String {
        let what = measures.isEmpty ? "Values" : ColumnTitle.humanize(measures.joined(separator: ", "))
        guard let x = spec.x else { return what }
        return "\(what) by \(x.replacingUnderscores)"
    }

    /// "Line chart of revenue by month, 36 values, from $50.1K (2023-02) to $2.1M (2025-11)."
    static func describe(_ spec: ChartSpec, subject: String, count: Int, unit: String, low: (Double, String)?,
                         high: (Double, String)?, format: NumberFormat) -> String {
        var text = "\(spec.type.displayName) of \(subject.lowercasedFirst), \(NumberFormat.integer.full(Double(count))) \(unit)"
        if let low, let high {
            text += ", from \(format.full(low.0))\(low.1.isEmpty ? "" : " (\(low.1))") to \(format.full(high.0))\(high.1.isEmpty ? "" : " (\(high.1))")"
        }
        return text + "."
    }

    /// The lowest and highest values of a series table, with their categories.
    static func range(of table: SeriesTable) -> (low: (Double, String)?, high: (Double, String)?) {
        var low: (Double, String)?, high: (Double, String)?
        for series in table.series {
            for (position, value) in series.values.enumerated() where !value.isNaN {
                let name = table.categories[position] + (table.series.count > 1 ? " · \(series.name)" : "")
                if value < (low?.0 ?? .infinity) { low = (value, name) }
                if value > (high?.0 ?? -.infinity) { high = (value, name) }
            }
        }
        return (low, high)
    }
}

extension String {
    var lowercasedFirst: String {
        guard let first, !(dropFirst().first?.isUppercase ?? false) else { return self }
        return first.lowercased() + dropFirst()
    }

    var replacingUnderscores: String { split(separator: "_").joined(separator: " ") }
}
