import Analytics
import BICore
import Charts
import Reports

/// `<Profile>`: a data-quality profile of a query's result, one row per column: its type, how
/// many values are missing and distinct, the least and greatest value, the mean, and the
/// distribution as a word-sized histogram (numbers and dates) or the most common values (text).
///
/// ```markdown
/// ```sql orders
/// select * from orders
/// ```
/// <Profile data=orders title="Orders: data quality" />
/// ```
/// `columns` profiles some of the columns, in the order given.
public struct ProfileComponent: ComponentRenderer {
    /// Size of each histogram, in CSS pixels.
    static let chartSize = (width: 132.0, height: 30.0)

    public init() {}

    public var spec: ComponentSpec {
        ComponentSpec("Profile", attributes: [.init("data", .query, required: true), .init("columns", .columns), .init("title", .text)])
    }

    public func render(_ component: Component, content: String, in context: inout RenderContext) throws -> String {
        let table = try context.data(for: component)
        let columns = try context.columns("columns", of: component, in: table) ?? Array(table.columns.indices)
        var rows: [[String]] = []
        for column in columns {
            let values = table.values(ofColumn: column)
            // Text may be dates (SQLite has no date type): let the values say.
            let type = table.columns[column].type
            let profile = ColumnProfile(name: table.columns[column].name, type: type == .text || type == .unknown ? nil : type, values: values)
            let distribution = try distribution(profile, values: values, component: component, context: &context)
            rows.append([profile.name.xmlEscaped, profile.type.rawValue, nulls(profile), NumberFormat.integer.full(Double(profile.distinct))]
                        + range(profile) + [distribution])
        }
        let rowCount = NumberFormat.integer.full(Double(table.rowCount))
        let caption = (component["title"].map { $0 + ": " } ?? "") + "\(rowCount) row\(table.rowCount == 1 ? "" : "s"), \(columns.count) column\(columns.count == 1 ? "" : "s")"
        return FindingsTable(caption: caption, className: "bi-profile", columns: [
            .init("Column"), .init("Type"), .init("Nulls", isNumeric: true), .init("Distinct", isNumeric: true), .init("Min", isNumeric: true),
            .init("Max", isNumeric: true), .init("Mean", isNumeric: true), .init("Distribution"),
        ], rows: rows).html
    }

    /// `0`, or `12 (3.4%)`.
    private func nulls(_ profile: ColumnProfile) -> String {
        let count = NumberFormat.integer.full(Double(profile.nulls))
        guard profile.nulls > 0, profile.count > 0 else { return count }
        return "<span class=\"bad\">\(count) (\(InsightFigures.percent(Double(profile.nulls) / Double(profile.count))))</span>"
    }

    /// Least, greatest and mean: numbers written in full, text and dates as they are (shortened to
    /// 24 characters); nothing for true and false, whose shares the distribution shows.
    private func range(_ profile: ColumnProfile) -> [String] {
        if profile.type == .boolean { return ["", "", ""] }
        if let summary = profile.summary { return [summary.min, summary.max, summary.mean].map { NumberFormat.auto.full($0) } }
        return [profile.min, profile.max].map { text in
            guard let text else { return "" }
            return (text.count > 24 ? text.prefix(23) + "…" : text).xmlEscaped
        } + [""]
    }

    /// A histogram of numbers or dates; the most common values of anything else ("all distinct"
    /// for a key).
    private func distribution(_ profile: ColumnProfile, values: [Value], component: Component, context: inout RenderContext) throws -> String {
        if let histogram = profile.histogram {
            return try sparkbar(histogram, label: { NumberFormat.auto.axisLabel($0) }, profile: profile, component: component, context: &context)
        }
        if profile.type.isTemporal {
            let days = values.compactMap { Temporal.days($0.text) }
            return try sparkbar(Histogram(values: days), label: { Day(dayNumber: Int($0.rounded(.down))).description },
                                profile: profile, component: component, context: &context)
        }
        let present = profile.count - profile.nulls
        guard present > 0 else { return "" }
        if profile.distinct == present, present > 1 { return "<span class=\"muted\">all distinct</span>" }
        let top = profile.topValues.prefix(3).map { value in
            let text = value.value.count > 20 ? value.value.prefix(19) + "…" : Substring(value.value)
            return "\(String(text).xmlEscaped) \(InsightFigures.percent(Double(value.count) / Double(present)))"
        }
        return top.joined(separator: " · ") + (profile.distinct > 3 ? " · …" : "")
    }

    private func sparkbar(_ histogram: Histogram, label: (Double) -> String, profile: ColumnProfile, component: Component,
                          context: inout RenderContext) throws -> String {
        guard !histogram.bins.isEmpty else { return "" }
        let data = ResultTable(columns: [Column("range", .text), Column("rows", .integer)], rows: histogram.bins.map { bin in
            [.text(bin.lower == bin.upper ? label(bin.lower) : "\(label(bin.lower)) – \(label(bin.upper))"), .integer(Int64(bin.count))]
        })
        let chart = ChartSpec(type: .sparkbar, x: "range", y: ["rows"], yFormat: .integer,
                              width: ProfileComponent.chartSize.width, height: ProfileComponent.chartSize.height)
        let figure = ChartFigure(chart: chart, data: data, accessibleName: "Distribution of \(profile.name)")
        return try InsightFigures.drawing(at: component) { () throws(ChartError) in try figure.compactSVG(in: &context) }
    }
}
