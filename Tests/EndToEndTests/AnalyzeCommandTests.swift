import Foundation
import Testing
import TestSupport

/// `bi analyze` through the real binary: text and JSON for a CSV, and the errors a user can cause.
@Suite(.serialized)
struct AnalyzeCommandTests {
    let folder: TemporaryDirectory

    /// Three years of demo-shaped daily revenue with the dead week and the spike day planted.
    init() throws {
        folder = try TemporaryDirectory("smartbi-analyze")
        var sales = SyntheticSales()
        sales.scale(from: "2024-08-12", days: 7, by: 0.04)
        sales.scale(from: "2025-06-10", by: 6)
        let rows = zip(sales.x, sales.y).map { "\($0),\(String(format: "%.2f", $1!)),North" }
        try folder.write("day,revenue,region\n" + rows.joined(separator: "\n") + "\n", to: "daily.csv")
    }

    func analyze(_ arguments: [String]) throws -> BIProcess.Outcome {
        try BIProcess.run(["analyze", folder.path("daily.csv")] + arguments)
    }

    @Test func textForATerminal() throws {
        let outcome = try analyze(["--x", "day", "--y", "revenue", "--fmt", "usd", "--forecast", "7"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        let lines = outcome.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.prefix(4) == ["Revenue: 1096 daily points from 2023-01-01 to 2025-12-31", "", "Insights",
                                    "  - 2 anomalies: a drop in the week of 2024-08-12 (−96% vs expected) and a spike on 2025-06-10 (+454%)"])
        #expect(outcome.output.contains("\nAnomalies\n  x           y           expected    z      direction\n  2024-08-12     $530.02  $15,558.44"))
        #expect(outcome.output.contains("\nForecast: Holt–Winters (additive trend, multiplicative season of 7) with calendar-month levels\n"))
    }

    /// The JSON a script reads: insights, anomalies with their x, forecast points with intervals.
    @Test func jsonWithAnomaliesAndForecastIntervals() throws {
        let outcome = try analyze(["--x", "day", "--y", "revenue", "--forecast", "30", "--format", "json"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        let insights = try #require(object["insights"] as? [[String: Any]])
        #expect(insights.first?["kind"] as? String == "anomalies")
        let anomalies = try #require(object["anomalies"] as? [[String: Any]])
        #expect(anomalies.map { $0["x"] as? String } == (12...18).map { "2024-08-\($0)" } + ["2025-06-10"])
        let points = try #require((object["forecast"] as? [String: Any])?["points"] as? [[String: Any]])
        #expect(points.count == 30 && points.first?["x"] as? String == "2026-01-01")
        for point in points {
            let values = ["lower95", "lower80", "point", "upper80", "upper95"].compactMap { point[$0] as? Double }
            #expect(values.count == 5 && values == values.sorted())
        }
        #expect(try analyze(["--x", "day", "--y", "revenue", "--forecast", "30", "--format", "json"]).output == outcome.output)
    }

    @Test(arguments: [
        (["--x", "day", "--y", "revenu"], "no column 'revenu' (columns: day, revenue, region)\n  hint: did you mean 'revenue'?"),
        (["--x", "timestamp", "--y", "revenue"], "no column 'timestamp' (columns: day, revenue, region)"),
        (["--x", "day", "--y", "region"], "column 'region' is text, but --y needs numbers\n  hint: numeric columns: revenue"),
    ])
    func columnMistakesNameTheColumnsThereAre(_ arguments: [String], _ message: String) throws {
        let outcome = try analyze(arguments)
        #expect(outcome.status == 1)
        #expect(outcome.errors == "error: \(folder.path("daily.csv")): \(message)\n")
        #expect(outcome.output.isEmpty)
    }

    @Test func aMissingFileOrABadOptionIsAnError() throws {
        let missing = try BIProcess.run(["analyze", folder.path("nope.csv"), "--x", "day", "--y", "revenue"])
        #expect(missing.status == 1)
        #expect(missing.errors == "error: no such file or folder: \(folder.path("nope.csv"))\n")
        let negative = try analyze(["--x", "day", "--y", "revenue", "--forecast=-3"])
        #expect(negative.status != 0 && negative.errors.contains("--forecast must be between 0 and 10000, not -3"))
    }
}
