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

    /// An inline style with a translucent background, readable on light and dark themes.
    func style(_ value: Value, column: Int) -> String? {
        guard let range = ranges[column], let number = value.number else { return nil }
        if range.low < 0 {
            let extent = Swift.max(abs(range.low), abs(range.high))
            guard extent > 0 else { return nil }
            let strength = abs(number) / extent
            let color = number < 0 ? "213,94,0" : "0,114,178"
            return "background:rgba(\(color),\(NumberFormat.trimmed(0.08 + 0.42 * strength, maxDecimals: 2)))"
        }
        let span = range.high - range.low
        let strength = span == 0 ? 1 : (number - range.low) / span
        return "background:rgba(0,114,178,\(NumberFormat.trimmed(0.06 + 0.44 * strength, maxDecimals: 2)))"
    }
}
