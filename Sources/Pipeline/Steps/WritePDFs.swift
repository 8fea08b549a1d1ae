import BICore
import PDF
import Reports
import Site

extension BuildStep {
    /// Lays out the PDF reports: one next to each page asked for, and the bundles.
    public static let writePDFs = BuildStep(name: "Write PDFs") { context in
        guard !context.printable.isEmpty else { return }
        let config = context.project.config, asOf = context.asOf.description, printable = context.printable
        let geometry = PageGeometry(paper: PageGeometry.Paper(rawValue: config.pdf.paper) ?? .a4, margin: config.pdf.margin)
        let selection = PDFSelection(options: context.options)
        let withPDF = Set(printable.keys.filter { selection.wantsOwnPDF(printable[$0]!.page) })
        func document(title: String, author: String?) -> PDFDocument {
            PDFDocument(title: title, author: author, subject: config.title, siteTitle: config.title, asOf: asOf,
                        geometry: geometry, pagesWithPDF: withPDF)
        }
        var diagnostics = DiagnosticCollector()
        for path in withPDF.sorted() {
            let page = printable[path]!
            let pdf = diagnostics.attempt { try document(title: page.page.title, author: page.page.report.frontMatter.author).render([page.section]) }
            if let pdf { context.files[String(path.dropLast(5)) + ".pdf"] = pdf }
        }
        for folder in context.options.pdfBundles {
            let pages = context.siteMap.pages.filter { selection.bundle(folder, contains: $0) }.compactMap { printable[$0.outputPath] }
            guard !pages.isEmpty else {
                diagnostics.report(Diagnostic(at: nil, "no reports in '\(folder)' for --pdf-bundle", hint: "name a folder inside reports/, or . for all"))
                continue
            }
            let name = folder == "." ? "reports" : folder.split(separator: "/").joined(separator: "-")
            let title = folder == "." ? config.title : SitePage.humanize(String(folder.split(separator: "/").last!))
            if let pdf = diagnostics.attempt({ try document(title: title, author: nil).render(pages.map(\.section)) }) {
                context.files[name + ".pdf"] = pdf
            }
        }
        context.diagnostics.report(DiagnosticList(diagnostics.diagnostics))
    }
}

/// Which pages get printed: `--pdf` prints every report page, a templated report's pages only when
/// its front matter says `pdf: true` (which also works without `--pdf`), and bundles print their folder.
struct PDFSelection {
    let options: BuildOptions

    func wants(_ page: SitePage) -> Bool { wantsOwnPDF(page) || options.pdfBundles.contains { bundle($0, contains: page) } }

    func wantsOwnPDF(_ page: SitePage) -> Bool {
        page.report.frontMatter.pdf ?? (options.pdf && !page.isTemplateInstance)
    }

    func bundle(_ folder: String, contains page: SitePage) -> Bool {
        guard !page.isTemplateInstance || page.report.frontMatter.pdf == true else { return false }
        let trimmed = folder.trimming("/")
        return trimmed == "." || trimmed.isEmpty || page.outputPath.hasPrefix(trimmed + "/")
    }
}

extension PrintablePage {
    var section: PDFDocument.Section {
        PDFDocument.Section(title: page.title, description: page.report.frontMatter.description, author: page.report.frontMatter.author,
                            html: html, path: page.outputPath, figures: figures)
    }
}
