import BICore
import Connectors
import Foundation
@testable import Server
import State
import Testing
import TestSupport

/// Incremental rebuilds: prose edits keep query results, query edits and refreshes re-run them,
/// a failed build keeps the last good page and shows editors where it failed.
@Suite struct LiveReloadTests {
    /// Changes the data under the report, so a page shows whether its query ran again.
    static func moveSouthSales(_ fixture: PreviewFixture) throws {
        let database = try Connectors.SQLiteDatabase(path: fixture.folder.path("shop.db"), mode: .readWrite)
        try database.execute("UPDATE orders SET quantity = quantity + 10 WHERE id = 5")
    }

    @Test func aProseEditReRendersThePageWithoutRunningItsQuery() async throws {
        let fixture = try await PreviewFixture()
        let events = fixture.server.core.events.subscribe()
        try LiveReloadTests.moveSouthSales(fixture)
        try fixture.folder.write(PreviewFixture.salesReport.replacingOccurrences(of: "South made", with: "The South made"), to: "reports/sales.md")
        #expect(await fixture.server.rebuild().isEmpty)
        let page = try #require(fixture.server.core.builder.current.value.pages["sales.html"])
        #expect(page.html.contains("The South made <span class=\"bi-value\">$152.00</span>."), "the old result, not re-queried")
        var iterator = events.makeAsyncIterator()
        #expect(await iterator.next() == LiveEvent(generation: 2, paths: ["sales.html"], failed: false))
    }

    @Test func aQueryEditRunsTheQueryAgain() async throws {
        let fixture = try await PreviewFixture()
        try LiveReloadTests.moveSouthSales(fixture)
        try fixture.folder.write(PreviewFixture.salesReport.replacingOccurrences(of: "group by c.region", with: "group by 1"), to: "reports/sales.md")
        #expect(await fixture.server.rebuild().isEmpty)
        #expect(fixture.server.core.builder.current.value.pages["sales.html"]?.html.contains("South made <span class=\"bi-value\">$407.00</span>.") == true)
    }

    @Test func aRefreshReRunsTheQueriesOfThatReport() async throws {
        let fixture = try await PreviewFixture()
        try LiveReloadTests.moveSouthSales(fixture)
        await fixture.server.refresh(["reports/sales.md"])
        #expect(fixture.server.core.builder.current.value.pages["sales.html"]?.html.contains("$407.00") == true)
    }

    @Test func aFailedBuildKeepsTheLastGoodPageAndShowsEditorsWhere() async throws {
        let fixture = try await PreviewFixture()
        try fixture.folder.write(PreviewFixture.salesReport.replacingOccurrences(of: "p.price", with: "p.prize"), to: "reports/sales.md")
        let diagnostics = await fixture.server.rebuild()
        #expect(diagnostics.map(\.description) == ["reports/sales.md:7:35: error: query 'by_region' failed: no such column: p.prize"])
        try await fixture.browse { browser in
            try await browser.signIn("eddie", code: fixture.code("eddie"))
            let editor = try await browser.get("/sales.html")
            #expect(editor.body.contains("<pre id=\"bi-overlay\" role=\"alert\">"))
            #expect(editor.body.contains("reports/sales.md:7:35: error: query 'by_region' failed: no such column: p.prize"))
            #expect(editor.body.contains("South made <span class=\"bi-value\">$152.00</span>."))
            try await browser.get("/logout")
            try await browser.signIn("vic", code: fixture.code("vic"))
            let viewer = try await browser.get("/sales.html")
            #expect(!viewer.body.contains("bi-overlay") && viewer.body.contains("$152.00"))
        }
    }

    @Test func pagesLoadTheLiveReloadScript() async throws {
        let fixture = try await PreviewFixture()
        try await fixture.browse { browser in
            try await browser.signIn("vic", code: fixture.code("vic"))
            #expect(try await browser.get("/sales.html").body.contains("<script src=\"/_bi/live.js\" defer></script>"))
            #expect(try await browser.get("/_bi/live.js").body.contains("new EventSource('/_bi/events')"))
        }
    }

    @Test func theFileWatcherSeesEditsAndTemplateChanges() async throws {
        let fixture = try await PreviewFixture()
        let watcher = FileWatcher(projectDirectory: fixture.folder.path, interval: 0.05, builder: fixture.server.core.builder)
        let before = watcher.fingerprint()
        #expect(before.keys.sorted() == ["bi.yml", "reports/budget.md", "reports/plans.md", "reports/sales.md"])
        try fixture.folder.write("# Plans\n\nchanged\n", to: "reports/plans.md")
        #expect(watcher.fingerprint()["reports/plans.md"] != before["reports/plans.md"])
    }
}
