import Analytics
import BICore
import Foundation
import Testing
import TestSupport

struct SeriesAnalysisTests {
    func demoWithIncidents() -> SyntheticSales {
        var sales = SyntheticSales()
        sales.scale(from: "2024-08-12", days: 7, by: 0.04)
        sales.scale(from: "2025-06-10", by: 6)
        return sales
    }

    @Test func dailyRevenueInsightsInWords() {
        let sales = demoWithIncidents()
        let analysis = SeriesAnalysis(x: sales.x, y: sales.y, options: .init(name: "Revenue", format: .usd, forecastHorizon: 14))
        #expect(analysis.frequency == .daily)
        #expect(analysis.period == 7)
        #expect(analysis.insights.map(\.text) == [
            "2 anomalies: a drop in the week of 2024-08-12 (−96% vs expected) and a spike on 2025-06-10 (+454%)",
            "Strong yearly seasonality: December is 46% above average, February 18% below",
            "Upward trend: +1.6% per month (Mann–Kendall p < 0.001)",
            "Revenue grew 25% year over year (from $5.9M in 2024 to $7.4M in 2025)",
            "Revenue in December 2025: 23% above December 2024 ($963.9K vs $785K)",
            "Forecast: $255.5K over the next 14 days (2026-01-01 to 2026-01-14), 42% below the last 14 days",
            "Moderate weekly seasonality: Saturdays are 22% above average, Sundays 12% below",
        ])
        let anomalies = analysis.insights[0]
        #expect(anomalies.kind == .anomalies)
        #expect(anomalies.from == "2024-08-12" && anomalies.to == "2025-06-10")
        #expect(anomalies.points.count == 8)
        #expect(analysis.insights.map(\.score) == analysis.insights.map(\.score).sorted(by: >))
    }

    /// A day missing from the dead week (no row for it) does not split the week in two.
    @Test func aGapInsideARunOfAnomaliesLeavesOneEpisode() {
        var sales = demoWithIncidents()
        let missing = sales.x.firstIndex(of: "2024-08-16")!
        sales.x.remove(at: missing)
        sales.y.remove(at: missing)
        let analysis = SeriesAnalysis(x: sales.x, y: sales.y, options: .init(name: "Revenue", format: .usd))
        #expect(analysis.anomalies.count == 7)
        #expect(analysis.insights[0].text == "2 anomalies: a drop in the week of 2024-08-12 (−96% vs expected) and a spike on 2025-06-10 (+454%)")
    }

    @Test func forecastContinuesTheCalendarWithIntervals() throws {
        let sales = demoWithIncidents()
        let analysis = SeriesAnalysis(x: sales.x, y: sales.y, options: .init(forecastHorizon: 14))
        let forecast = try #require(analysis.forecast)
        #expect(forecast.points.map(\.x) == (1...14).map { Day(year: 2026, month: 1, day: $0)!.description })
        #expect(forecast.method.hasSuffix("season of 7) with calendar-month levels"))
        // January is forecast at January's level, not December's (month factors 0.82 vs 1.45).
        let lastWeek = sales.y.suffix(7).reduce(0) { $0 + $1! }
        let firstWeek = forecast.points.prefix(7).reduce(0) { $0 + $1.point }
        #expect((0.45...0.7).contains(firstWeek / lastWeek))
        for point in forecast.points {
            #expect(point.lower95 < point.lower80 && point.lower80 < point.point && point.point < point.upper80 && point.upper80 < point.upper95)
        }
    }

    @Test func partialYearIsComparedYearToDate() {
        let sales = SyntheticSales(days: 900)
        let analysis = SeriesAnalysis(x: sales.x, y: sales.y, options: .init(name: "Revenue", format: .usd))
        let changes = analysis.insights.filter { $0.kind == .change }.map(\.text)
        #expect(changes == [
            "Revenue up 20% year to date ($2.8M in the year to 2025-06-18 vs $2.4M in the same days of 2024)",
            "Revenue in May 2025: 21% above May 2024 ($586.8K vs $483.9K)",
        ])
        #expect(analysis.insights.last?.text == "No anomalies: every point is within the expected range")
    }

    @Test func airlinePassengers() throws {
        let (months, passengers) = try Fixtures.airlinePassengers()
        let analysis = SeriesAnalysis(x: months, y: passengers, options: .init(name: "Passengers", forecastHorizon: 12))
        #expect(analysis.frequency == .monthly)
        #expect(analysis.insights.map(\.text) == [
            "Upward trend: +1% per month (Mann–Kendall p < 0.001)",
            "Strong yearly seasonality: July is 28% above average, November 22% below",
            "Passengers grew 11% year over year (from 5.1K in 1959 to 5.7K in 1960)",
            "Forecast: 6.1K over the next 12 months (1961-01 to 1961-12), 7.2% above the last 12 months",
            "Passengers in December 1960: 6.7% above December 1959 (432 vs 405)",
            "No anomalies: every point is within the expected range",
        ])
        #expect(analysis.forecast?.points.first?.x == "1961-01")
    }

    @Test func encodesToJSONWithTheKeysTheCLIPrints() throws {
        let sales = demoWithIncidents()
        let analysis = SeriesAnalysis(x: sales.x, y: sales.y, options: .init(forecastHorizon: 3))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(analysis)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(["insights", "anomalies", "forecast", "frequency", "period"].allSatisfy { object[$0] != nil })
        let anomaly = try #require((object["anomalies"] as? [[String: Any]])?.first)
        #expect(anomaly["x"] as? String == "2024-08-12")
        #expect(anomaly["direction"] as? String == "drop")
        let point = try #require(((object["forecast"] as? [String: Any])?["points"] as? [[String: Any]])?.first)
        #expect(Set(point.keys) == ["x", "point", "lower80", "upper80", "lower95", "upper95"])
        // Same input, same bytes.
        #expect(try encoder.encode(SeriesAnalysis(x: sales.x, y: sales.y, options: .init(forecastHorizon: 3))) == data)
    }

    @Test func textReportForTheTerminal() throws {
        let (months, passengers) = try Fixtures.airlinePassengers()
        let text = SeriesAnalysis(x: months, y: passengers, options: .init(name: "Passengers", forecastHorizon: 2)).text()
        #expect(text.hasPrefix("Passengers: 144 monthly points from 1949-01 to 1960-12\n\nInsights\n  - Upward trend"))
        #expect(text.contains("Forecast: Holt–Winters (additive trend, multiplicative season of 12)\n  x        point  80% low  80% high  95% low  95% high\n  1961-01    445"))
    }

    @Test func readsItsColumnsFromAResultTable() throws {
        let (months, passengers) = try Fixtures.airlinePassengers()
        let table = ResultTable(columns: [Column("Month", .text), Column("Passengers", .integer)],
                                rows: zip(months, passengers).map { [.text($0), .integer(Int64($1))] })
        let analysis = try #require(SeriesAnalysis(table: table, x: "month", y: "passengers"))
        #expect(analysis.count == 144 && analysis.frequency == .monthly)
        #expect(SeriesAnalysis(table: table, x: "month", y: "revenue") == nil)
    }

    @Test func shortAndEmptySeriesDoNotCrash() {
        #expect(SeriesAnalysis(x: [], y: []).insights.isEmpty)
        let two = SeriesAnalysis(x: ["a", "b"], y: [1, nil], options: .init(forecastHorizon: 2))
        #expect(two.forecast == nil)
        #expect(two.anomalies.isEmpty)
    }
}
