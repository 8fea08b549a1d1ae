import BICore
import Reports

/// `<Dropdown>`, `<ButtonGroup>` and `<DateRange>`: controls that choose the values bound to the
/// page's SQL (`:region`, or `:period_start`/`:period_end` for a date range).
///
/// ```markdown
/// <Dropdown name=region data=regions value=region all="All regions" label="Region" />
/// <ButtonGroup name=channel options="Online, Store, Mobile App" all="All channels" />
/// <DateRange name=period presets="12m, 90d, 30d, ytd, all" default=12m />
/// ```
public struct InputComponent: ComponentRenderer {
    public let kind: PageInput.Kind

    public init(kind: PageInput.Kind) { self.kind = kind }

    public static let tags: [PageInput.Kind: String] = [.dropdown: "Dropdown", .buttons: "ButtonGroup", .dateRange: "DateRange"]

    public var spec: ComponentSpec {
        var attributes: [ComponentSpec.AttributeSpec] = [.init("name", .text, required: true), .init("label", .text), .init("default", .text)]
        switch kind {
        case .dropdown, .buttons:
            attributes += [.init("data", .query), .init("value", .column), .init("options", .text), .init("all", .text)]
        case .dateRange:
            attributes += [.init("presets", .text)]
        }
        return ComponentSpec(InputComponent.tags[kind]!, attributes: attributes)
    }

    public func render(_ component: Component, content: String, in context: inout RenderContext) throws -> String {
        guard let input = context.inputs.first(where: { $0.name == component["name"] }) else { return "" }
        let id = context.makeID("input")
        var html = "<form class=\"bi-input bi-input-\(kind.rawValue)\" data-input=\"\(input.name.xmlEscaped)\" action=\"#\">"
        switch kind {
        case .dropdown, .dateRange:
            html += "<label for=\"\(id)\">\(input.label.xmlEscaped)</label><select id=\"\(id)\" name=\"\(input.name.xmlEscaped)\">"
            for (index, option) in input.options.enumerated() {
                html += "<option value=\"\(option.key.xmlEscaped)\"\(index == input.defaultIndex ? " selected" : "")>\(option.label.xmlEscaped)</option>"
            }
            html += "</select>"
        case .buttons:
            html += "<fieldset><legend>\(input.label.xmlEscaped)</legend>"
            for (index, option) in input.options.enumerated() {
                html += "<label><input type=\"radio\" name=\"\(input.name.xmlEscaped)\" value=\"\(option.key.xmlEscaped)\""
                html += "\(index == input.defaultIndex ? " checked" : "")><span>\(option.label.xmlEscaped)</span></label>"
            }
            html += "</fieldset>"
        }
        return html + "</form>"
    }
}
