@testable import PDF
import Testing

struct DocumentBuilderTests {
    let builder = DocumentBuilder()

    @Test func textBlocksWithInlineStyles() {
        let blocks = builder.blocks(fromHTML: """
            <h2 id="sales">Sales &amp; <em>more</em></h2>
            <p>Revenue was <span class="bi-value">$1,234.50</span>, see <a href="regions.html">regions</a>.</p>
            <ul>
            <li>one</li>
            <li><p>two</p><ol><li>nested</li></ol></li>
            </ul>
            <pre><code>select 1
            </code></pre>
            <hr />
            """)
        #expect(blocks == [
            .heading(level: 2, text: StyledText([.init(text: "Sales & "), .init(text: "more", italic: true)]), id: "sales"),
            .paragraph(StyledText([.init(text: "Revenue was "), .init(text: "$1,234.50", bold: true), .init(text: ", see "),
                                   .init(text: "regions", link: "regions.html"), .init(text: ".")])),
            .list(ordered: false, items: [
                [.paragraph(StyledText(plain: "one"))],
                [.paragraph(StyledText(plain: "two")), .list(ordered: true, items: [[.paragraph(StyledText(plain: "nested"))]])],
            ]),
            .code("select 1"),
            .rule,
        ])
    }

    @Test func dataTablesKeepCaptionRowsAndTotals() {
        let blocks = builder.blocks(fromHTML: """
            <div class="bi-table" id="table-1"><div class="table-caption">Top products</div><div class="table-wrap"><table>
            <thead><tr><th scope="col">Product</th><th scope="col" class="num">Revenue</th></tr></thead>
            <tbody><tr><td><a href="p/a.html">A</a></td><td class="num" data-v="2">2.00</td></tr></tbody>
            <tfoot><tr><th scope="row">Total</th><td class="num">2.00</td></tr></tfoot></table></div>
            <div class="table-foot"><span class="table-note">1 row</span><span class="downloads">Download <a href="x.csv">CSV</a></span></div></div>
            """)
        #expect(blocks == [.table(TableBlock(
            caption: "Top products",
            header: [[.init(text: "Product", isBold: true), .init(text: "Revenue", isNumeric: true, isBold: true)]],
            rows: [[.init(text: "A"), .init(text: "2.00", isNumeric: true)]],
            footer: [[.init(text: "Total", isBold: true), .init(text: "2.00", isNumeric: true)]],
            note: "1 row"))])
    }

    @Test func onlyWhatThePageShowsPrints() {
        let blocks = builder.blocks(fromHTML: """
            <nav class="breadcrumbs"><ol><li>Home</li></ol></nav>
            <form class="bi-input" data-input="region"><label for="i1">Region</label><select><option value="">All</option><option value="West" selected>West</option></select></form>
            <div class="bi-variants"><div data-variant="region=">all</div><div data-variant="region=West" hidden>west</div></div>
            <figure class="bi-figure" data-figure="chart-1"><div class="bi-wide"><svg><text>x</text></svg></div></figure>
            <aside class="bi-alert" role="note"><strong class="alert-title">Careful</strong>
            <p>Check it.</p></aside>
            """)
        #expect(blocks == [
            .paragraph(StyledText([.init(text: "Region: ", bold: true), .init(text: "West")])),
            .paragraph(StyledText(plain: "all")),
            .figure(id: "chart-1"),
            .callout(title: "Careful", blocks: [.paragraph(StyledText(plain: "Check it."))]),
        ])
    }

    @Test func entitiesAndBrokenMarkupAreTolerated() {
        var parser = HTMLParser("<p>a &lt; b &#8212; c&nbsp;d <b>bold<p>next")
        let nodes = parser.parse()
        #expect(nodes.count == 1)
        #expect(builder.blocks(nodes).first == .paragraph(StyledText([.init(text: "a < b — c\u{00A0}d "), .init(text: "bold", bold: true),
                                                                     .init(text: "next", bold: true)])))
    }
}
