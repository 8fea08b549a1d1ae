import BICore
import Reports

/// Resolves drill-down links from a page to the pages of a templated report:
/// `link="products/[product]"` on a row whose `product` is "Nova Phone" → `products/nova-phone.html`.
public struct PageLinks: Sendable {
    public let siteMap: SiteMap
    public let current: SitePage?

    public init(siteMap: SiteMap, current: SitePage?) {
        self.siteMap = siteMap
        self.current = current
    }

    /// A parsed `link=` pattern: the templated report it points at and the column giving the value.
    public struct Target: Sendable {
        public var reportPath: String
        public var column: String
    }

    /// Checks a pattern written at `location`: it must name a templated report of the project.
    public func target(_ pattern: String, at location: SourceLocation) throws -> Target {
        let parameters = TemplatedPath.parameters(in: pattern)
        let reportPath = "reports/" + pattern + ".md"
        guard parameters.count == 1, siteMap.pages.contains(where: { $0.report.path == reportPath }) else {
            let templates = Set(siteMap.pages.filter(\.isTemplateInstance).map { String($0.report.path.dropFirst(8).dropLast(3)) }).sorted()
            throw Diagnostic(at: location, "'\(pattern)' is not a templated page of this project",
                             hint: templates.isEmpty ? "links point at templated pages such as reports/products/[product].md"
                                                     : "templated pages: \(templates.joined(separator: ", "))")
        }
        return Target(reportPath: reportPath, column: parameters[0])
    }

    /// The relative URL of the page for `value`, if that page exists.
    public func url(to target: Target, value: Value) -> String? {
        guard let page = siteMap.page(template: target.reportPath, value: value) else { return nil }
        return (current?.root ?? "") + page.outputPath
    }
}
