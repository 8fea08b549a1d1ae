import BICore
import Charts
import Reports

/// `<BarChart>` and `<LineChart>`: a chart drawn on the server as inline SVG.
///
/// ```markdown
/// <LineChart data=monthly x=month y=revenue title="Revenue by month" fmt=usd />
/// ```
public struct ChartComponent: ComponentRenderer {
    public let type: ChartType
    /// Logical width of the phone layout, in CSS pixels.
    static let narrowWidth = 360.0

    public init(type: ChartType) { self.type = type }

    public var spec: ComponentSpec {
        ComponentSpec(type.componentName, attributes: [
            .init("data", .query, required: true),
            .init("x", .column), .init("y", .columns), .init("series", .column),
            .init("title", .text), .init("subtitle", .text), .init("xTitle", .text), .init("yTitle", .text),
            .init("fmt", .choice(NumberFormat.names)), .init("height", .number),
        ])
    }

    public func render(_ component: Component, content: String, in context: inout RenderContext) throws -> String {
        let table = try context.data(for: component)
        let x = try context.column("x", of: component, in: table)
        let y = try context.columns("y", of: component, in: table)
        let series = try context.column("series", of: component, in: table)
        for (index, column) in (y ?? []).enumerated() where !(table.columns[column].type.isNumeric || table.columns[column].type == .unknown) {
            let attribute = component.attribute("y")!
            throw Diagnostic(at: attribute.valueLocation, "column '\(table.columns[column].name)' is \(table.columns[column].type.rawValue), but y needs numbers",
                             hint: index == 0 ? "put the category in x and a numeric column in y" : nil)
        }
        var chart = ChartSpec(type: type, x: x.map { table.columns[$0].name }, y: (y ?? []).map { table.columns[$0].name },
                              series: series.map { table.columns[$0].name }, title: component["title"], subtitle: component["subtitle"],
                              xTitle: component["xTitle"], yTitle: component["yTitle"],
                              yFormat: component["fmt"].flatMap(NumberFormat.init(name:)) ?? .auto)
        if let height = component["height"].flatMap(Double.init) { chart.height = height }
        do {
            // Two layouts of the same chart: one for wide screens and print, one laid out for phones,
            // so text stays legible instead of shrinking with the picture.
            var narrow = chart
            narrow.width = ChartComponent.narrowWidth
            narrow.height = (chart.height * 0.9).rounded()
            let id = context.makeID("chart")
            let renderer = SVGRenderer()
            return "<figure class=\"bi-figure\"><div class=\"bi-wide\">"
                + renderer.render(try context.chartLayout.scene(for: chart, data: table), id: id)
                + "</div><div class=\"bi-narrow\">"
                + renderer.render(try context.chartLayout.scene(for: narrow, data: table), id: id + "-narrow")
                + "</div></figure>"
        } catch {
            throw Diagnostic(at: component.location, "cannot draw <\(component.name)>: \(error)")
        }
    }
}
