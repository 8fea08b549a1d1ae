import BICore

extension SeriesAnalysis {
    /// The analysis as plain text for a terminal (`bi analyze --format text`): a header line,
    /// the insights, the anomalies and the forecast as aligned tables.
    public func text(format: NumberFormat = .auto) -> String {
        var lines = ["\(name): \(count) \(frequency.rawValue) points" + (from.map { " from \($0) to \(to!)" } ?? "")]
        lines += ["", "Insights"] + insights.map { "  - \($0.text)" }
        if !anomalies.isEmpty {
            lines += ["", "Anomalies"]
            let column = SeriesAnalysis.columnFormat(format, for: anomalies.flatMap { [$0.y, $0.expected] })
            lines += SeriesAnalysis.table([["x", "y", "expected", "z", "direction"]] + anomalies.map {
                [$0.x, column.full($0.y), column.full($0.expected), NumberFormat.trimmed($0.zScore, maxDecimals: 1), $0.direction.rawValue]
            })
        }
        if let forecast {
            lines += ["", "Forecast: \(forecast.method)"]
            let column = SeriesAnalysis.columnFormat(format, for: forecast.points.map(\.point))
            lines += SeriesAnalysis.table([["x", "point", "80% low", "80% high", "95% low", "95% high"]] + forecast.points.map {
                [$0.x] + [$0.point, $0.lower80, $0.upper80, $0.lower95, $0.upper95].map(column.full)
            })
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One number of decimals for a whole column, so its figures line up: whole numbers once values
    /// reach the hundreds, two decimals below.
    static func columnFormat(_ format: NumberFormat, for values: [Double]) -> NumberFormat {
        guard format == .auto else { return format }
        return .fixed(decimals: values.allSatisfy { abs($0) >= 100 } ? 0 : 2)
    }

    /// Rows as columns padded to their widest cell, text left and numbers right, indented by two.
    private static func table(_ rows: [[String]]) -> [String] {
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max()! }
        return rows.map { row in
            "  " + row.indices.map { column in
                let padding = String(repeating: " ", count: widths[column] - row[column].count)
                return column == 0 || row[column].first?.isLetter == true ? row[column] + padding : padding + row[column]
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
