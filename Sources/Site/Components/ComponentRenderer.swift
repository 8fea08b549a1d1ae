import BICore
import Charts
import Reports

/// Renders one kind of component tag to HTML. Each renderer declares the tag it handles and the
/// attributes it takes; the parser checks tags against these declarations.
public protocol ComponentRenderer: Sendable {
    var spec: ComponentSpec { get }
    /// - Parameter content: the rendered HTML of a container's children (empty for other tags).
    func render(_ component: Component, content: String, in context: inout RenderContext) throws -> String
}

/// What a component can see while a page renders: its report, the query results, the chart engine.
public struct RenderContext {
    public let report: Report
    /// Query results, page parameters and the rows of enclosing loops.
    public var scope: TemplateScope
    public let chartLayout: ChartLayout
    /// Drill-down links to templated pages.
    public let links: PageLinks
    /// The day the data is as of (`--as-of`, else the build day).
    public var asOf = Day(dayNumber: 0)
    /// `bi check`: results have columns but no rows; every branch and loop body renders once.
    public var isChecking = false
    /// Queries that failed (and were reported); components showing them are left out quietly.
    public var failedQueries: Set<String> = []
    /// The page's inputs and, for each combination of their options, the results of the queries
    /// that read them (the default combination first).
    public var inputs: [PageInput] = []
    public var variants: [(selection: InputSelection, results: [String: ResultTable])] = []
    /// Set while a non-default combination renders, so its files get their own names.
    public internal(set) var variantTag: String?
    /// Each chart of the page by its figure id, drawn again at another width (print lays charts out
    /// at the page's width, so their text keeps its size).
    public private(set) var figures: [String: @Sendable (Double) -> Scene?] = [:]
    /// Extra files the page's components produced (downloads), by path in the output folder.
    public private(set) var files: [String: [UInt8]] = [:]
    private var counters: [String: Int] = [:]

    public init(report: Report, scope: TemplateScope, chartLayout: ChartLayout, links: PageLinks) {
        self.report = report
        self.scope = scope
        self.chartLayout = chartLayout
        self.links = links
    }

    /// Results by query name.
    public var results: [String: ResultTable] { scope.results }

    /// A page-unique, deterministic element id: `chart-1`, `chart-2`, …
    public mutating func makeID(_ prefix: String) -> String {
        counters[prefix, default: 0] += 1
        return "\(prefix)-\(counters[prefix]!)"
    }

    /// A chart as the page shows it: the wide layout (also what print starts from) and, unless
    /// `narrow` is nil, a phone layout the stylesheet switches to. `redraw` lays the chart out again
    /// at another width, keeping its proportions. `caption` (HTML) goes under the chart.
    public mutating func figure(wide: Scene, narrow: Scene?, redraw: @escaping @Sendable (Double) -> Scene?, caption: String? = nil) -> String {
        let id = makeID("chart")
        let natural = wide.width
        // Small charts (KPI cards) keep their size in print rather than stretch to the page width.
        figures[id] = narrow == nil ? { width in redraw(Swift.min(width, natural)) } : redraw
        let renderer = SVGRenderer()
        let figcaption = caption.map { "<figcaption>\($0)</figcaption>" } ?? ""
        guard let narrow else {
            return "<figure class=\"bi-figure bi-compact\" data-figure=\"\(id)\">" + renderer.render(wide, id: id) + figcaption + "</figure>"
        }
        return "<figure class=\"bi-figure\" data-figure=\"\(id)\"><div class=\"bi-wide\">" + renderer.render(wide, id: id)
            + "</div><div class=\"bi-narrow\">" + renderer.render(narrow, id: id + "-narrow") + "</div>" + figcaption + "</figure>"
    }

    /// Adds a file to the output (`downloads/sales-monthly.csv`) and returns the page's link to it.
    public mutating func addFile(_ path: String, _ bytes: @autoclosure () -> [UInt8]) -> String {
        if files[path] == nil { files[path] = bytes() }
        return (links.current?.root ?? "") + path
    }

    /// A name for this page's files: `products/nova-phone.html` → `products-nova-phone` (plus a
    /// suffix per input combination).
    public var pageSlug: String {
        let path = links.current?.outputPath ?? SitePage.outputPath(for: report.path)
        return String(path.prefix { $0 != "." }).replacing("/", with: "-") + (variantTag.map { "-" + $0 } ?? "")
    }

    /// Whether a component shows a query that depends on an input (so it is drawn once per combination).
    func dependsOnInputs(_ component: Component) -> Bool {
        guard let first = variants.first else { return false }
        return component.attributes.contains { first.results[$0.value] != nil && ["data"].contains($0.name) }
    }

    /// The result of the query named by the component's `data` attribute.
    public func data(for component: Component) throws -> ResultTable {
        guard let attribute = component.attribute("data") else {
            throw Diagnostic(at: component.location, "<\(component.name)> needs a 'data' attribute")
        }
        guard let table = results[attribute.value] else {
            throw Diagnostic(at: attribute.valueLocation, "the query '\(attribute.value)' has no result")
        }
        return table
    }

    /// The index of the column an attribute names, or an error at the attribute listing the columns.
    public func column(_ attributeName: String, of component: Component, in table: ResultTable) throws -> Int? {
        guard let attribute = component.attribute(attributeName) else { return nil }
        return try column(named: attribute.value, at: attribute.valueLocation, of: component, in: table)
    }

    /// The indexes of comma-separated columns an attribute names.
    public func columns(_ attributeName: String, of component: Component, in table: ResultTable) throws -> [Int]? {
        guard let attribute = component.attribute(attributeName) else { return nil }
        var indexes: [Int] = []
        var offset = 0
        for name in attribute.value.split(separator: ",", omittingEmptySubsequences: false) {
            let leading = name.prefix { $0 == " " }.count
            let location = attribute.valueLocation.offset(lines: 0, column: attribute.valueLocation.column + offset + leading)
            indexes.append(try column(named: name.trimming(" "), at: location, of: component, in: table))
            offset += name.count + 1
        }
        return indexes
    }

    private func column(named name: String, at location: SourceLocation, of component: Component, in table: ResultTable) throws -> Int {
        if let index = table.columnIndex(named: name) { return index }
        let names = table.columns.map(\.name)
        let query = component["data"] ?? "the query"
        throw Diagnostic(at: location, "query '\(query)' has no column '\(name)'",
                         hint: name.closestMatch(in: names).map { "did you mean '\($0)'?" } ?? "its columns: \(names.joined(separator: ", "))")
    }
}
