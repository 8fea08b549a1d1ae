import BICore
import Foundation
import Testing
import TestSupport

/// `<Anomalies>` over three years of demo-shaped daily revenue (SyntheticSales): the planted dead
/// week and spike day are found, a clean seasonal series of the same length raises no alarm, and
/// mistakes are said at their place.
struct AnomaliesComponentTests {
    @Test func findsTheDeadWeekAndTheSpikeDay() throws {
        let page = try RenderedPage("<Anomalies data=daily x=day y=revenue fmt=usd />", results: ["daily": SalesTables.daily(SalesTables.withIncidents)])
        #expect(page.diagnostics.isEmpty)
        #expect(page.caption == "2 anomalies: a drop in the week of 2024-08-12 (−96% vs expected) and a spike on 2025-06-10 (+454%)")
        #expect(page.tableRows == [
            ["1", "2024-08-12", "$530.02", "$15,558.44", "−97%"], ["1", "2024-08-13", "$541.35", "$14,793.45", "−96%"],
            ["1", "2024-08-14", "$608.71", "$15,553.99", "−96%"], ["1", "2024-08-15", "$645.18", "$15,822.11", "−96%"],
            ["1", "2024-08-16", "$785.11", "$17,197.74", "−95%"], ["1", "2024-08-17", "$708.88", "$19,126.77", "−96%"],
            ["1", "2024-08-18", "$596.50", "$14,476.65", "−96%"], ["2", "2025-06-10", "$99,987.14", "$18,054.64", "+454%"],
        ])
        // The week is shaded, its days dotted, each run numbered as in the table; in both layouts.
        #expect(page.html.components(separatedBy: "<title>2024-08-12 – 2024-08-18</title>").count == 3)
        #expect(page.html.components(separatedBy: "<title>2: 2025-06-10</title>").count == 3)
        #expect(page.html.contains("<title>2024-08-14</title>"))
    }

    @Test func aCleanSeasonalSeriesOfTheSameLengthRaisesNoAlarm() throws {
        let page = try RenderedPage("<Anomalies data=daily fmt=usd />", results: ["daily": SalesTables.daily(SyntheticSales())])
        #expect(page.diagnostics.isEmpty)
        #expect(page.caption == "No anomalies: every point is within the expected range")
        #expect(page.tableRows.isEmpty)
        #expect(!page.html.contains("class=\"annotations\""))
    }

    @Test func thresholdsTuneWhatCounts() throws {
        let daily = SalesTables.daily(SalesTables.withIncidents)
        let strict = try RenderedPage("<Anomalies data=daily threshold=20 />", results: ["daily": daily])
        #expect(strict.tableRows.map { $0[1] } == (12...18).map { "2024-08-\($0)" })   // the spike's |z| is below 20
        let small = try RenderedPage("<Anomalies data=daily minDeviation=5 />", results: ["daily": daily])
        #expect(small.tableRows.isEmpty)
    }

    @Test(arguments: [
        ("<Anomalies data=daily x=dy />", "reports/r.md:4:25: error: query 'daily' has no column 'dy'\n  hint: did you mean 'day'?"),
        ("<Anomalies data=daily y=day />", "reports/r.md:4:25: error: column 'day' is date, but <Anomalies> needs numbers in y\n  hint: numeric columns: revenue"),
        ("<Anomalies data=daily threshold=0.5 />", "reports/r.md:4:33: error: 'threshold' of <Anomalies> must be from 1 to 100, not 0.5"),
    ])
    func mistakesAreSaidAtTheirPlace(_ tag: String, _ diagnostic: String) throws {
        let page = try RenderedPage(tag, results: ["daily": SalesTables.daily(SyntheticSales(days: 60))])
        #expect(page.diagnostics == [diagnostic])
    }

    /// `bi check` renders against results without rows: columns are checked, nothing is drawn.
    @Test func checkModeChecksColumnsAndDrawsNothing() throws {
        let daily = SalesTables.daily(SyntheticSales(days: 60))
        let page = try RenderedPage("<Anomalies data=daily x=day y=revenue />", results: ["daily": daily], checking: true)
        #expect(page.diagnostics.isEmpty)
        #expect(page.html.contains("class=\"bi-empty\"") && !page.html.contains("<svg"))
        let typo = try RenderedPage("<Anomalies data=daily y=revenu />", results: ["daily": daily], checking: true)
        #expect(typo.diagnostics == ["reports/r.md:4:25: error: query 'daily' has no column 'revenu'\n  hint: did you mean 'revenue'?"])
    }
}
