import BICore
import Reports

/// Number formats of a table's columns: `fmt=usd` for every number, `formats="share:pct, units:int"` per column.
struct TableFormats {
    private let base: NumberFormat?
    private let byColumn: [Int: NumberFormat]

    init(_ component: Component, table: ResultTable, context: RenderContext) throws {
        base = component["fmt"].flatMap(NumberFormat.init(name:))
        var byColumn: [Int: NumberFormat] = [:]
        if let attribute = component.attribute("formats") {
            for entry in attribute.value.split(separator: ",") {
                let parts = entry.split(separator: ":").map { $0.trimming(" ") }
                guard parts.count == 2, let format = NumberFormat(name: parts[1]) else {
                    throw Diagnostic(at: attribute.valueLocation, "'\(entry.trimming(" "))' is not column:format",
                                     hint: "for example formats=\"revenue:usd, share:pct\"; formats: \(NumberFormat.names.joined(separator: ", "))")
                }
                guard let column = table.columnIndex(named: parts[0]) else {
                    throw Diagnostic(at: attribute.valueLocation, "query '\(component["data"] ?? "")' has no column '\(parts[0])'",
                                     hint: parts[0].closestMatch(in: table.columns.map(\.name)).map { "did you mean '\($0)'?" })
                }
                byColumn[column] = format
            }
        }
        self.byColumn = byColumn
    }

    func formatter(for column: Int) -> CellFormatter { CellFormatter(format: byColumn[column] ?? base) }
}

/// Background shading of numeric cells by value (`heat="revenue"`): stronger for larger values,
/// a diverging red–blue scale when the column has negative values.
struct HeatScale {
    private let ranges: [Int: (low: Double, high: Double)]

    init(columns: [Int], table: ResultTable) throws {
        var ranges: [Int: (Double, Double)] = [:]
        for column in columns {
            let numbers = (0..<table.rowCount).compactMap { table[$0, column].number }
            guard let low = numbers.min(), let high = numbers.max() else { continue }
            ranges[column] = (low, high)
        }
        self.ranges = ranges
    }

    /// Classes for a translucent background, readable on light and dark themes: `heat heat-up heat-7`
    /// (direction, then strength in tenths). Classes rather than an inline style, so pages keep their
    /// shading under the preview server's content security policy.
    func classes(_ value: Value, column: Int) -> String? {
        guard let range = ranges[column], let number = value.number else { return nil }
        let strength: Double
        if range.low < 0 {
            let extent = Swift.max(abs(range.low), abs(range.high))
            guard extent > 0 else { return nil }
            strength = abs(number) / extent
        } else {
            let span = range.high - range.low
            strength = span == 0 ? 1 : (number - range.low) / span
        }
        return "heat heat-\(number < 0 ? "down" : "up") heat-\(Int((strength * 10).rounded()))"
    }
}
