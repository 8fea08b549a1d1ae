import Foundation
import Testing
import TestSupport

/// Templated pages, drill-down links, inputs, downloads and search on a small project, through `bi build`.
@Suite(.serialized)
struct SiteFeatureTests {
    let project: TemporaryDirectory

    init() throws {
        project = try TemporaryDirectory("smartbi-site")
        try FixtureDatabase.create(at: project.path("shop.db"))
        try project.write("title: Shop\nsources:\n  shop:\n    url: sqlite:shop.db\n", to: "bi.yml")
        try project.write("""
            ---
            title: "{params.product}"
            values: names
            ---

            ```sql names
            select name as product from products order by name
            ```

            ```sql sold
            select sum(o.quantity) as units from orders o join products p on p.id = o.product_id
            where p.name = :product and o.status = 'completed'
            ```

            {params.product} sold <Value data=sold column=units /> units.
            """, to: "reports/products/[product].md")
        try project.write("""
            ---
            title: Regions
            ---

            ```sql regions
            select distinct region from customers order by region
            ```

            <Dropdown name=region data=regions value=region all="All regions" />

            ```sql revenue
            select p.name as product, sum(o.quantity * p.price) as revenue
            from orders o join customers c on c.id = o.customer_id join products p on p.id = o.product_id
            where o.status = 'completed' and (:region is null or c.region = :region)
            group by p.name order by p.name
            ```

            <DataTable data=revenue link="products/[product]" />

            <BarChart data=revenue x=product y=revenue link="products/[product]" />

            {@partial "footer.md"}
            """, to: "reports/regions.md")
        try project.write("Questions? Ask the *data team*.\n", to: "partials/footer.md")
    }

    @Test func templatedPagesInputsAndDownloads() throws {
        let outcome = try BIProcess.run(["build", "--project", project.path, "--as-of", "2025-12-31"])
        #expect(outcome.status == 0, "\(outcome.errors)")

        // One page per product, and a generated index linking them.
        #expect(try project.read("output/products/widget.html").contains("<p>Widget sold <span class=\"bi-value\">9</span> units.</p>"))
        #expect(try project.read("output/products/gadget.html").contains("<p>Gadget sold <span class=\"bi-value\">5</span> units.</p>"))
        let index = try project.read("output/products/index.html")
        #expect(index.contains("<li><a href=\"gadget.html\">Gadget</a></li>\n<li><a href=\"widget.html\">Widget</a></li>"))

        // Every region's table is in the page; the default (all regions) shows without JavaScript.
        let regions = try project.read("output/regions.html")
        #expect(regions.contains("<div data-variant=\"region=\"><div class=\"bi-table\""))
        #expect(regions.contains("<div data-variant=\"region=North\" hidden>"))
        #expect(regions.contains("<td><a href=\"products/widget.html\">Widget</a></td><td class=\"num\" data-v=\"40\">40.00</td>"))
        #expect(regions.contains("<p>Questions? Ask the <em>data team</em>.</p>"))
        #expect(regions.contains("<a href=\"products/widget.html\"><rect "))   // the chart's bars drill down too
        #expect(try project.read("output/downloads/regions-revenue.csv") == "product,revenue\r\nGadget,127.5\r\nWidget,90\r\n")
        #expect(try project.read("output/downloads/regions-v1-revenue.csv") == "product,revenue\r\nGadget,25.5\r\nWidget,40\r\n")

        #expect(try project.read("output/search-index.json").contains("\"url\":\"products/widget.html\",\"title\":\"Widget\""))
    }

    @Test func aTemplatedPageWithoutValuesSaysWhatToAdd() throws {
        try project.write("# {params.product}\n", to: "reports/products/[product].md")
        let outcome = try BIProcess.run(["build", "--project", project.path])
        #expect(outcome.status == 1)
        #expect(outcome.errors.hasPrefix("reports/products/[product].md:1:1: error: the templated page needs `values:` in its front matter\n"))
    }
}

extension SiteFeatureTests {
    @Test func pdfsForPagesTemplatedPagesAndBundles() throws {
        var template = try project.read("reports/products/[product].md")
        template = template.replacingOccurrences(of: "values: names\n", with: "values: names\npdf: true\n")
        try project.write(template, to: "reports/products/[product].md")
        let outcome = try BIProcess.run(["build", "--project", project.path, "--as-of", "2025-12-31", "--pdf", "--pdf-bundle", "."])
        #expect(outcome.status == 0, "\(outcome.errors)")
        for file in ["regions.pdf", "products/widget.pdf", "products/gadget.pdf", "products/index.pdf", "reports.pdf"] {
            #expect(project.exists("output/" + file), "\(file)")
            let check = try Tool.run("qpdf", ["--check", project.path("output/" + file)])
            #expect(check.status == 0 && !check.output.contains("WARNING"), "\(file): \(check.output)")
        }
        let widget = try Tool.run("pdftotext", [project.path("output/products/widget.pdf"), "-"]).output
        #expect(widget.contains("Widget sold 9 units."))
        let bundle = try Tool.run("pdftotext", [project.path("output/reports.pdf"), "-"]).output
        #expect(bundle.contains("Regions") && bundle.contains("Widget sold 9 units.") && bundle.contains("Gadget sold 5 units."))
        // The default selection of an input prints, with its table's rows.
        #expect(bundle.contains("Region: All regions"))
    }
}
