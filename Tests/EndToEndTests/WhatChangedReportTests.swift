import Foundation
import Testing
import TestSupport

/// The demo report "What changed" built by the real binary on the real demo data (the repository's
/// `data/demo.db`, 200,000 order items): `<Anomalies>` finds the injected checkout outage and
/// flash-sale day, and every analysis component renders.
struct WhatChangedReportTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized.path

    @Test func findsTheOutageWeekAndTheFlashSaleInTheDemoData() throws {
        _ = try BIProcess.run(["check", "--project", WhatChangedReportTests.repository])   // makes the demo database when missing
        let project = try TemporaryDirectory("smartbi-what-changed")
        try project.write("title: Demo\nsources:\n  demo:\n    url: sqlite:\(WhatChangedReportTests.repository)/data/demo.db\n", to: "bi.yml")
        try project.write(try String(contentsOfFile: WhatChangedReportTests.repository + "/reports/what-changed.md", encoding: .utf8),
                          to: "reports/what-changed.md")
        let outcome = try BIProcess.run(["build", "--project", project.path, "--as-of", "2025-12-31"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        let page = try project.read("output/what-changed.html")

        // The outage week (2024-08-12..18) and the flash sale (2025-06-10), besides Black Friday and Christmas Day 2023.
        let anomalies = HTMLText.tableRows(in: page, after: "class=\"bi-anomalies\"")
        #expect(anomalies.map { $0[1] } == ["2023-11-24", "2023-12-25"] + (12...18).map { "2024-08-\($0)" } + ["2025-06-10"])
        #expect(anomalies.map { $0[0] } == ["1", "2"] + Array(repeating: "3", count: 7) + ["4"])
        #expect(HTMLText.caption(in: page, after: "class=\"bi-anomalies\"")
                == "4 anomalies: a drop on 2023-12-25 (−81% vs expected), a drop in the week of 2024-08-12 (−99%), a spike on 2025-06-10 (+415%) and 1 more")

        #expect(HTMLText.listItems(in: page, after: "class=\"insight-list\"").count == 6)
        #expect(HTMLText.caption(in: page, after: "class=\"bi-forecast\"")?.hasPrefix("Forecast: $3.4M over the next 6 months (2026-01 to 2026-06)") == true)
        #expect(HTMLText.listItems(in: page, after: "class=\"segment-list\"").count == 4)
        #expect(HTMLText.tableRows(in: page, after: "class=\"bi-findings bi-profile\"").map { $0[0] }
                == ["id", "customer_id", "order_date", "ship_date", "channel", "status"])
    }
}
