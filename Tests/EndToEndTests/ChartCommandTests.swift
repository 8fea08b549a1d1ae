import Foundation
import Testing
import TestSupport

/// `bi chart` through the real binary: every format, options, and errors a user can cause.
@Suite(.serialized)
struct ChartCommandTests {
    let folder: TemporaryDirectory

    init() throws {
        folder = try TemporaryDirectory("smartbi-chart")
        try folder.write("month,region,revenue\n2025-01,North,10.5\n2025-01,South,7\n2025-02,North,12\n2025-02,South,9.25\n", to: "sales.csv")
    }

    func chart(_ arguments: [String]) throws -> BIProcess.Outcome {
        try BIProcess.run(["chart", "--data", folder.path("sales.csv")] + arguments)
    }

    @Test func writesSVGPNGAndPDF() throws {
        let common = ["--type", "line", "--x", "month", "--y", "revenue", "--series", "region", "--title", "Revenue by region"]
        #expect(try chart(common + ["--format", "svg", "-o", folder.path("c.svg")]).status == 0)
        let svg = try folder.read("c.svg")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bi-chart\" viewBox=\"0 0 800 450\""))
        #expect(svg.contains("<title>2025-02 · South: 9.25</title>"))

        #expect(try chart(common + ["--format", "png", "--scale", "2", "-o", folder.path("c.png")]).status == 0)
        let png = try Data(contentsOf: URL(fileURLWithPath: folder.path("c.png")))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(Array(png[16..<24]) == [0, 0, 0x06, 0x40, 0, 0, 0x03, 0x84])   // 1600 × 900

        #expect(try chart(common + ["--format", "pdf", "-o", folder.path("c.pdf")]).status == 0)
        let pdf = try Data(contentsOf: URL(fileURLWithPath: folder.path("c.pdf")))
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(try chart(common + ["--format", "pdf", "-o", folder.path("d.pdf")]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path("d.pdf"))) == pdf)   // same chart, same bytes
    }

    @Test func reportsAMissingColumnWithTheColumnsThereAre() throws {
        let outcome = try chart(["--type", "bar", "--x", "month", "--y", "revenu", "--format", "svg", "-o", folder.path("x.svg")])
        #expect(outcome.status == 1)
        #expect(outcome.errors == "error: \(folder.path("sales.csv")): no column 'revenu' in the data (columns: month, region, revenue)\n")
    }

    @Test func reportsABadAnnotation() throws {
        let outcome = try chart(["--type", "line", "--x", "month", "--y", "revenue", "--x-band", "2025-01", "--format", "svg", "-o", folder.path("x.svg")])
        #expect(outcome.status == 1)
        #expect(outcome.errors.hasSuffix("cannot read xBand '2025-01': write FROM..TO, then a label\n"))
    }
}
