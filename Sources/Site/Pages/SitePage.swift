import BICore
import Reports

/// A page of the site and where it is written: `reports/sales/by_region.md` → `sales/by_region.html`.
public struct SitePage: Sendable, Hashable {
    public var report: Report
    /// Values of a templated page's parameters (`["product": "Nova Phone"]`); empty otherwise.
    public var parameters: [String: Value]
    /// Path inside the output folder.
    public var outputPath: String
    public var title: String

    public init(report: Report) {
        self.report = report
        parameters = [:]
        outputPath = SitePage.outputPath(for: report.path)
        title = report.frontMatter.title ?? SitePage.firstHeading(in: report) ?? SitePage.humanize(SitePage.baseName(report.path))
    }

    /// One page of a templated report (`reports/products/[product].md`) for one value, written as
    /// `products/<slug>.html`. `{params.product}` in the front-matter title becomes the value.
    public init(template report: Report, parameter: String, value: Value, slug: String) {
        self.report = report
        parameters = [parameter: value]
        let folder = SitePage.outputPath(for: report.path).split(separator: "/").dropLast().joined(separator: "/")
        outputPath = (folder.isEmpty ? "" : folder + "/") + slug + ".html"
        title = report.frontMatter.title.map { $0.replacing("{params.\(parameter)}", with: value.text) } ?? value.text
    }

    /// Whether this is one value's page of a templated report.
    public var isTemplateInstance: Bool { !parameters.isEmpty }

    /// The folders between the output root and the page (`["sales"]` for `sales/by_region.html`).
    public var folders: [String] { Array(outputPath.split(separator: "/").dropLast().map(String.init)) }

    /// `../` once per folder: prefixes links to the site root so pages work from any host or `file://`.
    public var root: String { String(repeating: "../", count: outputPath.utf8.filter { $0 == UInt8(ascii: "/") }.count) }

    /// A link from this page to `other`.
    public func link(to other: SitePage) -> String { root + other.outputPath }

    /// Where a report's page goes: `reports/sales/west.md` → `sales/west.html`.
    public static func outputPath(for reportPath: String) -> String {
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
    public static func humanize(_ name: String) -> String {
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

extension SitePage {
    /// A file-name-safe form of a value: `Nova Phone X 250` → `nova-phone-x-250`.
    public static func slug(_ text: String) -> String {
        var slug = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug.isEmpty ? "page" : slug
    }
}
