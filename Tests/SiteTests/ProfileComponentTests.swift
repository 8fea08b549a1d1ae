import BICore
import Testing

/// `<Profile>`: one row per column with its type, nulls, distinct values, range and distribution.
struct ProfileComponentTests {
    /// Dates held as text, as SQLite returns them.
    let sales = ResultTable(columns: [Column("region", .text), Column("amount", .real), Column("day", .text), Column("paid", .boolean)], rows: [
        [.text("north"), .real(10), .text("2025-01-02"), .boolean(true)],
        [.text("south"), .null, .text("2025-01-01"), .boolean(false)],
        [.text("north"), .real(30.5), .null, .boolean(true)],
        [.null, .real(20), .text("2025-03-03"), .null],
    ])

    @Test func everyColumnWithItsQuality() throws {
        let page = try RenderedPage("<Profile data=sales title=\"Sales\" />", results: ["sales": sales])
        #expect(page.diagnostics.isEmpty)
        #expect(page.html.contains("<div class=\"table-caption\">Sales: 4 rows, 4 columns</div>"))
        #expect(page.tableRows == [
            ["region", "text", "1 (25%)", "2", "north", "south", "", "north 67% · south 33%"],
            ["amount", "real", "1 (25%)", "3", "10", "30.5", "20.17", ""],
            ["day", "date", "1 (25%)", "3", "2025-01-01", "2025-03-03", "", ""],
            ["paid", "boolean", "1 (25%)", "2", "", "", "", "true 67% · false 33%"],
        ])
        // Numbers and dates get a word-sized histogram, each bar naming its range and count.
        #expect(page.html.contains("<title id=\"chart-1-title\">Distribution of amount</title>"))
        #expect(page.html.contains("<title>10 – 16.83: 1</title>"))
        #expect(page.html.contains("<title id=\"chart-2-title\">Distribution of day</title>"))
    }

    @Test func aKeyIsAllDistinct() throws {
        let ids = ResultTable(columns: [Column("code", .text)], rows: [[.text("a")], [.text("b")], [.text("c")]])
        let page = try RenderedPage("<Profile data=ids />", results: ["ids": ids])
        #expect(page.tableRows == [["code", "text", "0", "3", "a", "c", "", "all distinct"]])
    }

    @Test func checkModeProfilesTheColumnsWithoutRows() throws {
        let page = try RenderedPage("<Profile data=sales columns=\"amount, regon\" />", results: ["sales": sales], checking: true)
        #expect(page.diagnostics == ["reports/r.md:4:38: error: query 'sales' has no column 'regon'\n  hint: did you mean 'region'?"])
    }
}
