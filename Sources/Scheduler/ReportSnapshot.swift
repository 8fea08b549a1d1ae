import BICore
import Charts
import ChartsCairo
import Foundation
import Pipeline
import Reports
import Site

/// One report built for a scheduled run: its title, its PDF, its charts as PNG pictures with the
/// text they stand for (a KPI card's text holds its value and change), and its query results.
public struct ReportSnapshot: Sendable {
    public struct Chart: Sendable {
        /// `chart-1`, `chart-2`, … in page order; the email's `cid:`.
        public var id: String
        public var title: String
        /// What the chart shows, in words (`Revenue: $1.2M, up 4.0% vs 2025-10.`).
        public var description: String
        public var png: [UInt8]
        /// Key figures and sparklines: drawn at their own, small size.
        public var isCompact: Bool
    }

    public var report: String
    public var title: String
    public var asOf: Day
    public var pdf: [UInt8]
    public var pdfName: String
    public var charts: [Chart]
    /// The page's query results by name (alerts read theirs).
    public var results: [String: ResultTable]

    /// Email width of full-size charts, in CSS pixels; pictures are drawn at twice that.
    static let emailWidth = 600.0

    /// Builds `report` (`reports/sales.md`) alone, with its PDF, in memory; nothing is written to
    /// `output/`. Relative dates count from `asOf`. Demo data is not made here (runs build side by
    /// side): ``JobCatalog/jobs(in:)`` makes it first.
    /// - Throws: ``BuildFailure`` with the report's diagnostics; a ``Diagnostic`` for a templated report.
    public static func build(report: String, project: Project, asOf: Day, withPDF: Bool = true) async throws -> ReportSnapshot {
        var options = BuildOptions(outputDirectory: project.path(".bi/scheduled"), asOf: asOf)
        options.pdf = withPDF
        let keepReport = BuildStep(name: "Keep \(report)") { context in
            context.reports = context.reports.filter { $0.path == report }
        }
        let steps: [BuildStep] = [.parseReports, keepReport, .listPages, .compileQuestions, .planQueries, .runQueries,
                                  .computeInputVariants, .renderPages] + (withPDF ? [.writePDFs] : [])
        let context = try await BuildPipeline(steps: steps).run(BuildContext(project: project, options: options))
        guard let page = context.siteMap.pages.first(where: { $0.report.path == report && !$0.isTemplateInstance }) else {
            throw Diagnostic(at: nil, "\(report) cannot be scheduled: it is a templated report or failed to build",
                             hint: "schedule a report that renders one page")
        }
        let pdfName = String(page.outputPath.dropLast(5)) + ".pdf"
        var charts: [Chart] = []
        let figures = context.printable[page.outputPath]?.figures ?? [:]
        for id in figures.keys.sorted(by: { $0.count == $1.count ? $0 < $1 : $0.count < $1.count }) {
            guard let scene = figures[id]?(emailWidth) else { continue }
            let png = try CairoRenderer().png(scene, scale: 2)
            charts.append(Chart(id: id, title: scene.title, description: scene.description, png: png, isCompact: scene.width < emailWidth))
        }
        return ReportSnapshot(report: report, title: page.title, asOf: context.asOf, pdf: context.files[pdfName] ?? [],
                              pdfName: (pdfName as NSString).lastPathComponent, charts: charts, results: context.results(for: page))
    }
}
