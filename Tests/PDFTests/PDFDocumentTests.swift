import Charts
import Foundation
@testable import PDF
import Testing
import TestSupport

/// Whole documents, checked with the tools readers' software relies on: qpdf, pdftotext, pdffonts.
struct PDFDocumentTests {
    static let rows = (1...120).map { "<tr><td>Product \($0)</td><td class=\"num\">\($0 * 10).00</td></tr>" }.joined()
    static let html = """
        <h2 id="summary">Summary</h2>
        <p>Revenue was <span class="bi-value">$1,234.50</span> — see <a href="https://example.com/x">the source</a> and <a href="#details">details</a>.</p>
        <aside class="bi-alert" role="note"><strong class="alert-title">Note</strong><p>Figures exclude returns.</p></aside>
        <figure class="bi-figure" data-figure="chart-1"><div class="bi-wide"><svg></svg></div></figure>
        <h2 id="details">Details</h2>
        <div class="bi-table"><div class="table-caption">All products</div><div class="table-wrap"><table>
        <thead><tr><th scope="col">Product</th><th scope="col" class="num">Revenue</th></tr></thead><tbody>\(rows)</tbody>
        <tfoot><tr><th scope="row">Total</th><td class="num">72,600.00</td></tr></tfoot></table></div></div>
        <h2 id="more">More</h2>
        <ul><li>one</li><li>two</li></ul>
        """

    func render() throws -> [UInt8] {
        let figure: @Sendable (Double) -> Scene? = { width in
            Scene(width: width, height: width / 2, title: "Revenue by month", description: "A chart",
                  root: .group(role: "chart", children: [.text(Text("Revenue by month", at: Point(10, 20), font: Font(size: 12), paint: Paint("#000000", role: "title")))]))
        }
        let section = PDFDocument.Section(title: "Sales", description: "Net revenue by product.", author: "Ann Analyst",
                                          html: PDFDocumentTests.html, path: "sales.html", figures: ["chart-1": figure])
        return try PDFDocument(title: "Sales", author: "Ann Analyst", siteTitle: "Acme", asOf: "2025-12-31").render([section])
    }

    @Test func aLongReportPassesQpdfAndKeepsEveryRowAndHeading() throws {
        let folder = try TemporaryDirectory("smartbi-pdf")
        let path = folder.path("sales.pdf")
        try Data(try render()).write(to: URL(fileURLWithPath: path))

        let check = try Tool.run("qpdf", ["--check", path])
        #expect(check.status == 0)
        #expect(!check.output.contains("WARNING") && !check.errors.contains("WARNING"), "\(check.output)\(check.errors)")

        let text = try Tool.run("pdftotext", ["-layout", path, "-"])
        #expect(text.errors.isEmpty, "\(text.errors)")
        for expected in ["Sales", "Net revenue by product.", "Contents", "Summary", "Details", "More", "$1,234.50", "Figures exclude returns.",
                         "Revenue by month", "Total", "72,600.00", "Page 1 of", "Data as of 2025-12-31"] {
            #expect(text.output.contains(expected), "missing \(expected)")
        }
        for row in 1...120 { #expect(text.output.contains("Product \(row) "), "missing row \(row)") }
        // The header row repeats on every page the table continues on.
        let pages = text.output.split(separator: "\u{0C}")
        #expect(pages.count >= 3)
        #expect(pages.dropFirst().filter { $0.contains("Product ") }.allSatisfy { $0.contains("Revenue") })

        let fonts = try Tool.run("pdffonts", [path]).output.split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        #expect(fonts.allSatisfy { $0.contains(" yes yes ") }, "\(fonts)")   // embedded, subset

        let info = try Tool.run("pdfinfo", [path]).output
        #expect(info.contains("Title:           Sales") && info.contains("Author:          Ann Analyst") && info.contains("Creator:         SmartBI"))
    }

    @Test func theSameReportGivesTheSameBytes() throws {
        #expect(try render() == render())
    }
}
