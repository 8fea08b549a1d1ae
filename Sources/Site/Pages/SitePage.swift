import BICore
import Reports

/// A page of the site and where it is written: `reports/sales/by_region.md` → `sales/by_region.html`.
public struct SitePage: Sendable, Hashable {
    public var report: Report
    /// Path inside the output folder.
    public var outputPath: String
    public var title: String

    public init(report: Report) {
        self.report = report
        outputPath = SitePage.outputPath(for: report.path)
        title = report.frontMatter.title ?? SitePage.firstHeading(in: report) ?? SitePage.humanize(SitePage.baseName(report.path))
    }

    /// The folders between the output root and the page (`["sales"]` for `sales/by_region.html`).
    public var folders: [String] { Array(outputPath.split(separator: "/").dropLast().map(String.init)) }

    /// `../` once per folder: prefixes links to the site root so pages work from any host or `file://`.
    public var root: String { String(repeating: "../", count: folders.count) }

    /// A link from this page to `other`.
    public func link(to other: SitePage) -> String { root + other.outputPath }

    static func outputPath(for reportPath: String) -> String {
        var path = reportPath
        if path.hasPrefix("reports/") { path.removeFirst("reports/".count) }
        if path.hasSuffix(".md") { path.removeLast(3) }
        return path + ".html"
    }

    static func baseName(_ path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return file.hasSuffix(".md") ? String(file.dropLast(3)) : file
    }

    /// `sales_by-region` → `Sales by region`.
    static func humanize(_ name: String) -> String {
        let words = name.split(whereSeparator: { $0 == "_" || $0 == "-" || $0 == " " }).joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// The text of a leading `# Heading` of the body.
    static func firstHeading(in report: Report) -> String? {
        guard case .markdown(let text, _)? = report.body.first else { return nil }
        let line = text.split(separator: "\n").first { !$0.allSatisfy(\.isWhitespace) }
        guard let line, line.hasPrefix("# ") else { return nil }
        return line.dropFirst(2).trimming(" #\t\r")
    }
}
