import BICore
import Reports

/// `<Value>`: one number or text from a query, inline in a sentence.
///
/// ```markdown
/// Revenue last month was <Value data=monthly column=revenue row=last fmt=usd />.
/// ```
/// `row` is `first` (the default), `last`, or a 0-based row number.
public struct ValueComponent: ComponentRenderer {
    public init() {}

    public var spec: ComponentSpec {
        ComponentSpec("Value", attributes: [
            .init("data", .query, required: true), .init("column", .column), .init("row", .text),
            .init("fmt", .choice(NumberFormat.names)),
        ], isInline: true)
    }

    public func render(_ component: Component, content: String, in context: inout RenderContext) throws -> String {
        let table = try context.data(for: component)
        let column = try context.column("column", of: component, in: table) ?? 0
        guard table.rowCount > 0, !table.columns.isEmpty else {
            return "<span class=\"bi-value bi-empty\">–</span>"
        }
        let row: Int
        switch component["row"] ?? "first" {
        case "first": row = 0
        case "last": row = table.rowCount - 1
        case let text:
            guard let number = Int(text), number >= 0 else {
                throw Diagnostic(at: component.attribute("row")!.valueLocation, "row must be first, last or a row number, not '\(text)'")
            }
            guard number < table.rowCount else {
                throw Diagnostic(at: component.attribute("row")!.valueLocation,
                                 "row \(number) does not exist: query '\(component["data"]!)' returned \(table.rowCount) rows",
                                 hint: "rows are numbered from 0")
            }
            row = number
        }
        let formatter = CellFormatter(format: component["fmt"].flatMap(NumberFormat.init(name:)) ?? .auto)
        let text = formatter.text(table[row, column], type: table.columns[column].type)
        return "<span class=\"bi-value\">\(text.xmlEscaped)</span>"
    }
}
