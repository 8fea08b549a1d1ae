import BICore
import Foundation
import Testing
import TestSupport

/// `<Forecast>` over three years of demo-shaped monthly revenue: the forecast in words with its
/// model, its values with both intervals, and the bands in the chart.
struct ForecastComponentTests {
    let monthly = SalesTables.monthly(SyntheticSales())

    @Test func forecastInWordsValuesAndBands() throws {
        let page = try RenderedPage("<Forecast data=monthly x=month y=revenue periods=3 fmt=usd title=\"Next quarter\" />", results: ["monthly": monthly])
        #expect(page.diagnostics.isEmpty)
        #expect(page.caption == "Forecast: $1.7M over the next 3 months (2026-01 to 2026-03), 30% below the last 3 months. "
                + "Holt–Winters (additive trend, multiplicative season of 12).")
        #expect(page.tableRows == [
            ["2026-01", "$557,146.88", "$544,521.70 – $569,338.08", "$537,048.18 – $575,445.68"],
            ["2026-02", "$508,838.43", "$495,543.43 – $521,573.94", "$489,298.92 – $528,579.76"],
            ["2026-03", "$637,095.01", "$622,338.62 – $652,000.39", "$615,170.69 – $659,453.15"],
        ])
        // The chart's accessible name is its title; the legend names the lines and both bands.
        #expect(page.html.contains("<title id=\"chart-1-title\">Next quarter</title>"))
        #expect(page.html.contains(">Revenue</text>") && page.html.contains(">Forecast</text>") && page.html.contains(">95% interval</text>"))
        #expect(page.html.contains("<title>95% interval</title>") && page.html.contains("<title>80% interval</title>"))
    }

    @Test func historyShowsOnlyTheLatestPoints() throws {
        let page = try RenderedPage("<Forecast data=monthly periods=6 history=12 />", results: ["monthly": monthly])
        // 12 months of history and 6 ahead, two lines: 36 points, the first month shown 2025-01.
        #expect(page.html.contains("<desc id=\"chart-1-desc\">Line chart of revenue, forecast by month, 36 points, from 418,978.35 (2025-02) to 963,876.74 (2025-12). Shaded: 95% interval, 80% interval.</desc>"))
        #expect(page.html.contains("<title>2025-01 · Revenue: 457,291.83</title>") && !page.html.contains("<title>2024-12 · Revenue"))
    }

    @Test func tooShortASeriesIsSaidPlainly() throws {
        let short = ResultTable(columns: [Column("month", .text), Column("revenue", .real)], rows: [[.text("2025-01"), .real(3)], [.text("2025-02"), .real(4)]])
        let page = try RenderedPage("<Forecast data=monthly />", results: ["monthly": short])
        #expect(page.diagnostics.isEmpty)
        #expect(HTMLText.text(page.html) == "Too few values to forecast: 2 monthly points.")
    }

    @Test func periodsMustBeAWholeNumberInRange() throws {
        let page = try RenderedPage("<Forecast data=monthly periods=2.5 />", results: ["monthly": monthly])
        #expect(page.diagnostics == ["reports/r.md:4:32: error: 'periods' of <Forecast> must be a whole number, not 2.5"])
        let far = try RenderedPage("<Forecast data=monthly periods=5000 />", results: ["monthly": monthly])
        #expect(far.diagnostics == ["reports/r.md:4:32: error: 'periods' of <Forecast> must be from 1 to 1000, not 5000"])
    }
}
