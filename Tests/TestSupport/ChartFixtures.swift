import BICore
import Charts

/// One small, fixed data set and spec per chart type, for snapshot tests and the backend checks.
public struct ChartFixture: Sendable {
    public var name: String
    public var spec: ChartSpec
    public var data: ResultTable
}

public enum ChartFixtures {
    static func table(_ columns: [(String, ColumnType)], _ rows: [[Value]]) -> ResultTable {
        ResultTable(columns: columns.map { Column($0.0, $0.1) }, rows: rows)
    }

    static let regions: [Value] = ["North", "South", "East", "West"].map { .text($0) }

    /// Revenue by region and year, with one negative value and one null.
    public static let regionYear = table([("region", .text), ("year", .text), ("revenue", .real)], [
        [regions[0], .text("2024"), .real(120.5)], [regions[0], .text("2025"), .real(140)],
        [regions[1], .text("2024"), .real(80)], [regions[1], .text("2025"), .real(95.25)],
        [regions[2], .text("2024"), .real(60)], [regions[2], .text("2025"), .null],
        [regions[3], .text("2024"), .real(-15)], [regions[3], .text("2025"), .real(30)],
    ])

    public static let monthly = table([("month", .text), ("revenue", .real), ("orders", .integer)], (1...12).map { (month: Int) -> [Value] in
        let label = "2025-" + (month < 10 ? "0" : "") + String(month)
        let revenue = Double(100 + month * 10 + (month % 3) * 25)
        return [.text(label), .real(revenue), .integer(Int64(40 + month * 3))]
    })

    static let points = table([("price", .real), ("units", .real), ("revenue", .real), ("category", .text), ("name", .text)], (0..<24).map { i in
        let price = Double(5 + (i * 37) % 90), units = Double(200 - (i * 53) % 170)
        return [.real(price), .real(units), .real(price * units), .text(["Toys", "Books", "Tools"][i % 3]), .text("P\(i)")]
    })

    static let values = table([("channel", .text), ("value", .real)], (0..<60).map { (i: Int) -> [Value] in
        let base = Double((i * 7919) % 97)
        let bump: Double = i % 3 == 0 ? 40 : 0
        let outlier: Double = i == 59 ? 300 : 0
        return [.text(["Online", "Store", "App"][i % 3]), .real(base + bump + outlier)]
    })

    static let days = table([("day", .date), ("orders", .integer)], (0..<120).map { i in
        [.text(Day(year: 2025, month: 1, day: 1)!.adding(days: i * 3).description), .integer(Int64((i * 31) % 17 + 3))]
    })

    static let flows = table([("source", .text), ("target", .text), ("value", .real)], [
        [.text("Consumer"), .text("Online"), .real(50)], [.text("Consumer"), .text("Store"), .real(20)],
        [.text("Business"), .text("Online"), .real(25)], [.text("Online"), .text("Books"), .real(45)],
        [.text("Online"), .text("Toys"), .real(30)], [.text("Store"), .text("Toys"), .real(20)],
    ])

    static let ohlc = table([("week", .text), ("open", .real), ("high", .real), ("low", .real), ("close", .real)], (0..<10).map { i in
        let open = 100 + Double((i * 13) % 11)
        let close = open + Double((i * 7) % 9) - 4
        return [.text("W\(i + 1)"), .real(open), .real(Swift.max(open, close) + 3), .real(Swift.min(open, close) - 2), .real(close)]
    })

    static let tasks = table([("task", .text), ("start", .date), ("end", .date), ("team", .text)], [
        [.text("Design"), .text("2025-01-06"), .text("2025-01-24"), .text("Product")],
        [.text("Build"), .text("2025-01-20"), .text("2025-03-14"), .text("Engineering")],
        [.text("Test"), .text("2025-03-03"), .text("2025-03-28"), .text("Engineering")],
        [.text("Launch"), .text("2025-03-31"), .text("2025-04-04"), .text("Product")],
    ])

    static let targets = table([("metric", .text), ("actual", .real), ("target", .real)], [
        [.text("Revenue"), .real(270), .real(250)], [.text("Profit"), .real(22.5), .real(27)], [.text("Orders"), .real(1200), .real(1500)],
    ])

    static let cities = table([("city", .text), ("lat", .real), ("lon", .real), ("customers", .integer)], [
        [.text("Berlin"), .real(52.52), .real(13.4), .integer(176)], [.text("Tokyo"), .real(35.68), .real(139.69), .integer(156)],
        [.text("New York"), .real(40.71), .real(-74.01), .integer(302)], [.text("Sydney"), .real(-33.87), .real(151.21), .integer(112)],
        [.text("Sao Paulo"), .real(-23.55), .real(-46.63), .integer(133)],
    ])

    static let countries = table([("country", .text), ("revenue", .real)], [
        [.text("United States"), .real(5.1e6)], [.text("Germany"), .real(1.1e6)], [.text("JPN"), .real(8e5)],
        [.text("Brazil"), .real(4e5)], [.text("Singapore"), .real(2e5)],
    ])

    /// Six months of revenue and a forecast of four more with 80% and 95% intervals; the forecast
    /// columns start at the last actual month so the band joins the line.
    static let forecast = table([("month", .text), ("revenue", .real), ("forecast", .real), ("low80", .real), ("high80", .real),
                                 ("low95", .real), ("high95", .real)], (1...10).map { (month: Int) -> [Value] in
        let label: Value = .text("2025-" + (month < 10 ? "0" : "") + String(month))
        let actual = Double(100 + month * 10 + (month % 3) * 15)
        guard month >= 6 else { return [label, .real(actual), .null, .null, .null, .null, .null] }
        let point = month == 6 ? actual : 160 + Double(month - 6) * 8, spread = Double(month - 6) * 9
        return [label, month == 6 ? .real(actual) : .null, .real(point), .real(point - spread), .real(point + spread),
                .real(point - 1.6 * spread), .real(point + 1.6 * spread)]
    })

    static func spec(_ type: ChartType, x: String?, y: [String], series: String? = nil, title: String,
                     _ configure: (inout ChartSpec) -> Void = { _ in }) -> ChartSpec {
        var spec = ChartSpec(type: type, x: x, y: y, series: series, title: title, width: 640, height: 320)
        configure(&spec)
        return spec
    }

    /// Every chart type, once.
    public static let all: [ChartFixture] = [
        ChartFixture(name: "bar", spec: spec(.bar, x: "month", y: ["revenue"], title: "Revenue by month") {
            $0.annotations = [.referenceLine(.y, .number(200), label: "Goal")] }, data: monthly),
        ChartFixture(name: "hbar", spec: spec(.horizontalBar, x: "region", y: ["revenue"], series: "year", title: "Revenue by region"), data: regionYear),
        ChartFixture(name: "grouped-bar", spec: spec(.groupedBar, x: "region", y: ["revenue"], series: "year", title: "Revenue by region and year"), data: regionYear),
        ChartFixture(name: "stacked-bar", spec: spec(.stackedBar, x: "year", y: ["revenue"], series: "region", title: "Revenue by year"), data: regionYear),
        ChartFixture(name: "stacked-bar-100", spec: spec(.stackedBar100, x: "year", y: ["revenue"], series: "region", title: "Region mix"), data: regionYear),
        ChartFixture(name: "line", spec: spec(.line, x: "month", y: ["revenue", "orders"], title: "Revenue and orders") {
            $0.annotations = [.callout(x: .text("2025-06"), y: nil, label: "Summer sale"), .referenceArea(.x, from: .text("2025-08-01"), to: .text("2025-09-01"), label: "Outage")] },
                     data: monthly),
        ChartFixture(name: "line-interval", spec: spec(.line, x: "month", y: ["revenue", "forecast"], title: "Revenue forecast") {
            $0.bands = [IntervalBand(lower: "low95", upper: "high95", series: "forecast", label: "95% interval", opacity: 0.12),
                        IntervalBand(lower: "low80", upper: "high80", series: "forecast", label: "80% interval", opacity: 0.22)] },
                     data: forecast),
        ChartFixture(name: "area", spec: spec(.area, x: "month", y: ["orders"], title: "Orders"), data: monthly),
        ChartFixture(name: "stacked-area", spec: spec(.stackedArea, x: "year", y: ["revenue"], series: "region", title: "Revenue by region"), data: regionYear),
        ChartFixture(name: "pie", spec: spec(.pie, x: "region", y: ["revenue"], title: "2024 share") { $0.series = nil }, data: regionYear),
        ChartFixture(name: "donut", spec: spec(.donut, x: "month", y: ["orders"], title: "Orders by month"), data: monthly),
        ChartFixture(name: "scatter", spec: spec(.scatter, x: "price", y: ["units"], series: "category", title: "Price and units") { $0.label = "name" }, data: points),
        ChartFixture(name: "bubble", spec: spec(.bubble, x: "price", y: ["units"], series: "category", title: "Price, units, revenue") {
            $0.size = "revenue"; $0.label = "name" }, data: points),
        ChartFixture(name: "histogram", spec: spec(.histogram, x: "value", y: [], title: "Order values"), data: values),
        ChartFixture(name: "box", spec: spec(.boxPlot, x: "channel", y: ["value"], title: "Order value by channel"), data: values),
        ChartFixture(name: "heatmap", spec: spec(.heatmap, x: "year", y: ["region"], title: "Revenue by region and year") { $0.color = "revenue" }, data: regionYear),
        ChartFixture(name: "calendar", spec: spec(.calendarHeatmap, x: "day", y: ["orders"], title: "Orders per day"), data: days),
        ChartFixture(name: "treemap", spec: spec(.treemap, x: "name", y: ["revenue"], series: "category", title: "Revenue by product"), data: points),
        ChartFixture(name: "funnel", spec: spec(.funnel, x: "month", y: ["orders"], title: "Orders") { _ in }, data: monthly),
        ChartFixture(name: "waterfall", spec: spec(.waterfall, x: "region", y: ["revenue"], title: "Revenue build-up"), data: regionYear),
        ChartFixture(name: "sankey", spec: spec(.sankey, x: "source", y: ["value"], title: "Flows") { $0.target = "target" }, data: flows),
        ChartFixture(name: "combo", spec: spec(.combo, x: "month", y: ["revenue"], title: "Revenue and orders") { $0.y2 = ["orders"] }, data: monthly),
        ChartFixture(name: "bullet", spec: spec(.bullet, x: "metric", y: ["actual"], title: "Against target") { $0.target = "target" }, data: targets),
        ChartFixture(name: "sparkline", spec: spec(.sparkline, x: "month", y: ["revenue"], title: "") { $0.title = nil; $0.width = 240; $0.height = 56 }, data: monthly),
        ChartFixture(name: "sparkline-highlight", spec: spec(.sparkline, x: "month", y: ["revenue"], title: "") {
            $0.title = nil; $0.width = 240; $0.height = 56
            $0.annotations = [.referenceArea(.x, from: .text("2025-04"), to: .text("2025-06"), label: nil), .point(x: .text("2025-09"), y: nil, label: "")] },
                     data: monthly),
        ChartFixture(name: "sparkbar", spec: spec(.sparkbar, x: "month", y: ["orders"], title: "") { $0.title = nil; $0.width = 240; $0.height = 56 },
                     data: monthly),
        ChartFixture(name: "kpi", spec: spec(.kpi, x: "month", y: ["revenue"], title: "Revenue") { $0.width = 300; $0.height = 150 }, data: monthly),
        ChartFixture(name: "radar", spec: spec(.radar, x: "region", y: ["revenue"], series: "year", title: "Regions by year"), data: regionYear),
        ChartFixture(name: "candlestick", spec: spec(.candlestick, x: "week", y: ["open", "high", "low", "close"], title: "Weekly price"), data: ohlc),
        ChartFixture(name: "gantt", spec: spec(.gantt, x: "task", y: ["start", "end"], series: "team", title: "Project plan"), data: tasks),
        ChartFixture(name: "point-map", spec: spec(.pointMap, x: "lon", y: ["lat"], title: "Customers by city") { $0.size = "customers"; $0.label = "city" }, data: cities),
        ChartFixture(name: "area-map", spec: spec(.areaMap, x: "country", y: ["revenue"], title: "Revenue by country"), data: countries),
    ]
}
