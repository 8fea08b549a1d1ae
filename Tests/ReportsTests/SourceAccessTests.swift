import BICore
import Reports
import Testing

/// `access:` and `table_access:` of a source in bi.yml: who may ask about it in `bi serve`.
struct SourceAccessTests {
    @Test func accessListsAreReadPerSourceAndTable() throws {
        var diagnostics = DiagnosticCollector()
        let text = "sources:\n  shop:\n    url: sqlite:shop.db\n    access: [finance, editor]\n    table_access:\n      customers: finance\n"
        let config = try #require(ProjectConfigParser.parse(text, diagnostics: &diagnostics))
        #expect(diagnostics.diagnostics.isEmpty)
        let shop = try #require(config.source(named: "shop"))
        #expect(shop.access == ["finance", "editor"])
        #expect(shop.tableAccess == ["customers": ["finance"]])
        #expect(shop.allows(["viewer", "finance"], isAdmin: false))
        #expect(!shop.allows(["viewer"], isAdmin: false))
        #expect(shop.allows(["admin"], isAdmin: true))
        #expect(shop.hiddenTables(for: ["editor"], isAdmin: false) == ["customers"])
        #expect(shop.hiddenTables(for: ["finance"], isAdmin: false).isEmpty)
    }

    @Test func mistakesPointAtTheirKey() {
        var diagnostics = DiagnosticCollector()
        let text = "sources:\n  shop:\n    url: sqlite:shop.db\n    access: []\n    table_access:\n      customers: {a: b}\n      orders: ['']\n"
        _ = ProjectConfigParser.parse(text, diagnostics: &diagnostics)
        #expect(diagnostics.diagnostics.map(\.description) == [
            "bi.yml:4:13: error: 'access' needs role or group names\n  hint: write for example `access: [viewer, finance]`, or leave it out to allow everyone",
            "bi.yml:6:18: error: 'customers' must be a list of text values",
            "bi.yml:7:15: error: 'orders' needs role or group names\n  hint: write for example `orders: [viewer, finance]`, or leave it out to allow everyone",
        ])
    }
}
