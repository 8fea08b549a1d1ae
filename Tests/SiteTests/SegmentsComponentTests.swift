import Analytics
import BICore
import Testing

/// `<Segments>` on 90 customers in three clear groups: few orders of small baskets, many orders of
/// small baskets, and big baskets.
struct SegmentsComponentTests {
    static let customers: ResultTable = {
        var random = SeededGenerator(seed: 7)
        let rows: [[Value]] = (0..<90).map { index in
            let group = index % 3
            let orders = [2.0, 12, 5][group] + random.nextGaussian()
            let basket = [40.0, 60, 900][group] * (1 + 0.1 * random.nextGaussian())
            return [.text("C\(index)"), .real((orders * 10).rounded() / 10), .real((basket * 100).rounded() / 100), .text(["Store", "App", "Online"][group])]
        }
        return ResultTable(columns: [Column("customer", .text), Column("orders", .real), Column("avg_order_value", .real), Column("channel", .text)],
                           rows: rows)
    }()

    @Test func findsTheGroupsAndSaysWhatSetsEachApart() throws {
        let page = try RenderedPage("<Segments data=customers label=customer title=\"Customers\" />", results: ["customers": SegmentsComponentTests.customers])
        #expect(page.diagnostics.isEmpty)
        #expect(page.caption == "3 segments of rows (silhouette 0.85): 33% in segment 1, 33% in segment 2, 33% in segment 3")
        #expect(page.listItems(in: "segment-list") == [
            "Segment 1: 30 rows (33%), high orders (avg 12.2 vs 6.46 overall), low avg order value (avg 61 vs 333 overall)",
            "Segment 2: 30 rows (33%), low orders (avg 2.23 vs 6.46 overall), low avg order value (avg 40.3 vs 333 overall)",
            "Segment 3: 30 rows (33%), high avg order value (avg 897 vs 333 overall)",
        ])
        #expect(page.tableRows == [["Segment 1", "30", "33%", "12.16", "60.98"], ["Segment 2", "30", "33%", "2.23", "40.33"],
                                   ["Segment 3", "30", "33%", "4.99", "896.89"]])
        // The scatter names every customer in its tooltip, coloured by segment in legend order.
        #expect(page.html.contains(">Segment 1</text>") && page.html.contains("<title>C2: 4.5, 940.75</title>"))
    }

    @Test func kFixesTheNumberOfSegments() throws {
        let page = try RenderedPage("<Segments data=customers columns=\"orders, avg_order_value\" k=2 />", results: ["customers": SegmentsComponentTests.customers])
        #expect(page.listItems(in: "segment-list").count == 2)
    }

    @Test(arguments: [
        ("<Segments data=customers k=1 />", "reports/r.md:4:28: error: k must be a number of segments from 2 to 20, or a range such as 2..6, not '1'"),
        ("<Segments data=customers columns=\"orders, channel\" />",
         "reports/r.md:4:35: error: column 'channel' is text, but <Segments> clusters numbers\n  hint: numeric columns: orders, avg_order_value"),
        ("<Segments data=customers label=custmer />", "reports/r.md:4:32: error: query 'customers' has no column 'custmer'\n  hint: did you mean 'customer'?"),
        ("<Segments data=customers columns=orders />",
         "reports/r.md:4:1: error: <Segments> needs two numeric columns or more\n  hint: name them with columns=\"a, b\"; numeric columns of 'customers': orders, avg_order_value"),
    ])
    func mistakesAreSaidAtTheirPlace(_ tag: String, _ diagnostic: String) throws {
        let page = try RenderedPage(tag, results: ["customers": SegmentsComponentTests.customers])
        #expect(page.diagnostics == [diagnostic])
    }

    @Test func checkModeDrawsNothing() throws {
        let page = try RenderedPage("<Segments data=customers x=orders y=avg_order_value />", results: ["customers": SegmentsComponentTests.customers], checking: true)
        #expect(page.diagnostics.isEmpty)
        #expect(page.html.contains("class=\"bi-empty\""))
    }
}
