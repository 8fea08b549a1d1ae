import BICore
import Reports

/// Works out each input's options from its attributes, query results and the as-of day.
public enum InputDerivation {
    /// The inputs declared in `report`, in page order.
    public static func inputs(of report: Report, results: [String: ResultTable], asOf: Day) throws -> [PageInput] {
        var inputs: [PageInput] = []
        for component in report.allComponents {
            guard let kind = InputComponent.tags.first(where: { $0.value == component.name })?.key else { continue }
            let nameAttribute = component.attribute("name")!
            guard nameAttribute.value.isIdentifier else {
                throw Diagnostic(at: nameAttribute.valueLocation, "'\(nameAttribute.value)' is not a valid input name",
                                 hint: "use letters, digits and _; queries read it as :\(nameAttribute.value.isEmpty ? "name" : nameAttribute.value)")
            }
            if inputs.contains(where: { $0.name == nameAttribute.value }) {
                throw Diagnostic(at: nameAttribute.valueLocation, "two inputs are named '\(nameAttribute.value)'")
            }
            let options = kind == .dateRange ? try DatePresets.options(component, asOf: asOf) : try choices(component, results: results)
            var defaultIndex = 0
            if let attribute = component.attribute("default") {
                guard let index = options.firstIndex(where: { $0.key == attribute.value || $0.label == attribute.value }) else {
                    throw Diagnostic(at: attribute.valueLocation, "'\(attribute.value)' is not one of the options",
                                     hint: "options: \(options.map { $0.key.isEmpty ? $0.label : $0.key }.prefix(12).joined(separator: ", "))")
                }
                defaultIndex = index
            }
            let label = component["label"] ?? ColumnTitle.humanize(nameAttribute.value)
            inputs.append(PageInput(name: nameAttribute.value, label: label, kind: kind, options: options, defaultIndex: defaultIndex))
        }
        return inputs
    }

    /// A dropdown's or button group's options: `options="A, B"` or the values of `data`'s `value` column.
    static func choices(_ component: Component, results: [String: ResultTable]) throws -> [PageInput.Option] {
        let name = component["name"]!
        var values: [Value] = []
        if let list = component["options"] {
            values = list.split(separator: ",").map { .text($0.trimming(" ")) }
        } else if let query = component["data"], let table = results[query] {
            let column = try component.attribute("value").map { attribute -> Int in
                guard let index = table.columnIndex(named: attribute.value) else {
                    throw Diagnostic(at: attribute.valueLocation, "query '\(query)' has no column '\(attribute.value)'",
                                     hint: attribute.value.closestMatch(in: table.columns.map(\.name)).map { "did you mean '\($0)'?" })
                }
                return index
            } ?? 0
            var seen: Set<Value> = []
            values = table.values(ofColumn: column).filter { !$0.isNull && seen.insert($0).inserted }
        } else {
            throw Diagnostic(at: component.location, "<\(component.name)> needs options=\"…\" or data=QUERY value=COLUMN")
        }
        var options = values.map { PageInput.Option(key: $0.text, label: $0.text, parameters: [name: $0]) }
        if let all = component["all"] { options.insert(PageInput.Option(key: "", label: all, parameters: [name: .null]), at: 0) }
        guard !options.isEmpty else { throw Diagnostic(at: component.location, "<\(component.name)> has no options") }
        return options
    }
}
