import BICore
import Charts
import Reports

/// A chart tag (`<BarChart>`, `<LineChart>`, `<Heatmap>`, `<PointMap>`… one per ``ChartType``): a
/// chart drawn on the server as inline SVG. Column attributes are checked against the query result
/// with did-you-mean hints; see ``columnAttributes`` for what each type takes.
///
/// ```markdown
/// <LineChart data=monthly x=month y=revenue title="Revenue by month" fmt=usd yLine="1000000 Goal" />
/// <AreaMap data=by_country country=country value=revenue />
/// ```
public struct ChartComponent: ComponentRenderer {
    public let type: ChartType

    public init(type: ChartType) { self.type = type }

    public var spec: ComponentSpec { ComponentSpec(type.componentName, attributes: attributeSpecs) }

    public func render(_ component: Component, content: String, in context: inout RenderContext) throws -> String {
        let table = try context.data(for: component)
        var chart = ChartSpec(type: type, title: component["title"], subtitle: component["subtitle"], xTitle: component["xTitle"],
                              yTitle: component["yTitle"], yFormat: format(component, "fmt") ?? .auto,
                              width: defaultSize.width, height: defaultSize.height)
        for attribute in columnAttributes {
            if attribute.isList {
                let names = try context.columns(attribute.name, of: component, in: table)?.map { table.columns[$0].name } ?? []
                if attribute.name == "y2" { chart.y2 = names } else { chart.y = names }
                if attribute.name != "y2", needsNumericY, let indexes = try context.columns(attribute.name, of: component, in: table) {
                    try checkNumeric(indexes, attribute: attribute.name, component: component, table: table)
                }
            } else if let encoding = attribute.encoding, let index = try context.column(attribute.name, of: component, in: table) {
                chart[keyPath: encoding] = table.columns[index].name
            }
        }
        chart.y2Title = component["y2Title"]
        chart.y2Format = format(component, "y2Fmt") ?? .auto
        chart.xFormat = format(component, "xFmt") ?? .auto
        chart.xScale = component["xScale"].flatMap(ChartSpec.ScaleKind.init(rawValue:)) ?? .linear
        chart.yScale = component["yScale"].flatMap(ChartSpec.ScaleKind.init(rawValue:)) ?? .linear
        chart.sort = component["sort"].flatMap(ChartSpec.SortOrder.init(rawValue:)) ?? .none
        chart.bins = component["bins"].flatMap { Int($0) }
        if let height = component["height"].flatMap(Double.init) { chart.height = height }
        for kind in Annotation.kinds {
            guard let attribute = component.attribute(kind) else { continue }
            do { chart.annotations += try Annotation.parse(kind: kind, attribute.value) } catch {
                throw Diagnostic(at: attribute.valueLocation, error.description)
            }
        }
        let links = try drillDown(component, chart: chart, table: table, context: context)
        do {
            // Maps and calendars keep their shape, so on a narrow screen they need less height.
            let figure = ChartFigure(chart: chart, data: table, narrowHeight: type == .pointMap || type == .areaMap || type == .calendarHeatmap ? 0.6 : 0.9,
                                     links: links)
            return try isCompact ? figure.compactHTML(in: &context) : figure.html(in: &context)
        } catch {
            throw Diagnostic(at: component.location, "cannot draw <\(component.name)>: \(error)")
        }
    }

    /// `link="products/[product]"`: each category (the x value a mark shows) leads to the page of
    /// the row's `product`.
    private func drillDown(_ component: Component, chart: ChartSpec, table: ResultTable, context: RenderContext) throws -> [String: String] {
        guard let attribute = component.attribute("link") else { return [:] }
        let target = try context.links.target(attribute.value, at: attribute.valueLocation)
        guard let valueColumn = table.columnIndex(named: target.column) else {
            throw Diagnostic(at: attribute.valueLocation, "query '\(component["data"] ?? "")' has no column '\(target.column)' for the link",
                             hint: "select the value as \(target.column), e.g. p.name as \(target.column)")
        }
        let category = chart.x.flatMap(table.columnIndex(named:)) ?? valueColumn
        var links: [String: String] = [:]
        for row in 0..<table.rowCount {
            if let url = context.links.url(to: target, value: table[row, valueColumn]) { links[table[row, category].text] = url }
        }
        return links
    }

    private func format(_ component: Component, _ name: String) -> NumberFormat? {
        component[name].flatMap(NumberFormat.init(name:))
    }

    private func checkNumeric(_ indexes: [Int], attribute name: String, component: Component, table: ResultTable) throws {
        for (position, column) in indexes.enumerated() where !(table.columns[column].type.isNumeric || table.columns[column].type == .unknown) {
            let attribute = component.attribute(name)!
            throw Diagnostic(at: attribute.valueLocation, "column '\(table.columns[column].name)' is \(table.columns[column].type.rawValue), but \(name) needs numbers",
                             hint: position == 0 && name == "y" ? "put the category in x and a numeric column in y" : nil)
        }
    }
}
