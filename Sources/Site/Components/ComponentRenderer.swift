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
    private var counters: [String: Int] = [:]

    public init(report: Report, scope: TemplateScope, chartLayout: ChartLayout) {
        self.report = report
        self.scope = scope
        self.chartLayout = chartLayout
    }

    /// Results by query name.
    public var results: [String: ResultTable] { scope.results }

    /// A page-unique, deterministic element id: `chart-1`, `chart-2`, …
    public mutating func makeID(_ prefix: String) -> String {
        counters[prefix, default: 0] += 1
        return "\(prefix)-\(counters[prefix]!)"
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
