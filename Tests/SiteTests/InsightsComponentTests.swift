import BICore
import Foundation
import Testing
import TestSupport

/// `<Insights>`: ranked sentences with their numbers, each beside a sparkline pointing at it.
struct InsightsComponentTests {
    let daily = SalesTables.daily(SalesTables.withIncidents)

    @Test func rankedSentencesWithTheirNumbers() throws {
        let page = try RenderedPage("<Insights data=daily x=day y=revenue fmt=usd forecast=14 limit=6 title=\"Daily revenue\" />", results: ["daily": daily])
        #expect(page.diagnostics.isEmpty)
        #expect(page.listItems(in: "insight-list") == [
            "2 anomalies: a drop in the week of 2024-08-12 (−96% vs expected) and a spike on 2025-06-10 (+454%)",
            "Strong yearly seasonality: December is 46% above average, February 18% below",
            "Upward trend: +1.6% per month (Mann–Kendall p < 0.001)",
            "Revenue grew 25% year over year (from $5.9M in 2024 to $7.4M in 2025)",
            "Revenue in December 2025: 23% above December 2024 ($963.9K vs $785K)",
            "Forecast: $255.5K over the next 14 days (2026-01-01 to 2026-01-14), 42% below the last 14 days",
        ])
        #expect(page.html.hasPrefix("<section class=\"bi-insights\" aria-label=\"Daily revenue\"><div class=\"insights-title\">Daily revenue</div>"))
    }

    /// Each sparkline is named by its sentence and marks what the sentence is about.
    @Test func eachSparklinePointsAtItsFinding() throws {
        let page = try RenderedPage("<Insights data=daily fmt=usd forecast=14 limit=6 />", results: ["daily": daily])
        let items = page.html.components(separatedBy: "<li class=\"insight ").dropFirst()
        let anomalies = try #require(items.first { $0.hasPrefix("insight-anomalies") })
        #expect(anomalies.contains("<title id=\"chart-1-title\">2 anomalies: a drop in the week of 2024-08-12"))
        #expect(anomalies.components(separatedBy: "class=\"annotation\"").count - 1 == 8)   // a dot per anomalous day
        let year = try #require(items.first { $0.contains("grew 25% year over year") })
        #expect(year.contains("<title>2025-01-01 – 2025-12-31</title>"))                   // the year compared, shaded
        let forecast = try #require(items.first { $0.hasPrefix("insight-forecast") })
        #expect(forecast.contains("<title>2026-01-01 – 2026-01-14</title>"))                 // the forecast, shaded
        #expect(forecast.contains("<title>2026-01-14: $18,101.96</title>"))                   // and drawn on
        let trend = try #require(items.first { $0.hasPrefix("insight-trend") })
        #expect(!trend.contains("class=\"annotation\""))                                       // about everything: nothing marked
    }

    @Test func aQueryWithoutNumbersIsAnErrorWithAHint() throws {
        let names = ResultTable(columns: [Column("day", .date), Column("name", .text)], rows: [[.text("2025-01-01"), .text("a")]])
        let page = try RenderedPage("<Insights data=names />", results: ["names": names])
        #expect(page.diagnostics == ["reports/r.md:4:1: error: query 'names' has no numeric column for <Insights> to analyse\n  hint: select a number (a sum, a count) and name it with y=COLUMN"])
    }

    @Test func checkModeDrawsNothing() throws {
        let page = try RenderedPage("<Insights data=daily forecast=7 />", results: ["daily": daily], checking: true)
        #expect(page.diagnostics.isEmpty)
        #expect(HTMLText.text(page.html) == "Nothing to analyse yet: the query 'daily' returned no values.")
    }
}
