import BICore

/// Checks each tag against the catalog: known name, known attributes, required ones present,
/// values of the right kind, and `data` naming a query of the report.
struct ComponentValidator {
    let catalog: ComponentCatalog
    let report: Report

    func validate(into diagnostics: inout DiagnosticCollector) {
        for component in report.allComponents { check(component, into: &diagnostics) }
    }

    private func check(_ component: Component, into diagnostics: inout DiagnosticCollector) {
        guard let spec = catalog[component.name] else {
            diagnostics.report(Diagnostic(at: component.location, "unknown component <\(component.name)>",
                                          hint: component.name.closestMatch(in: catalog.specs.keys.sorted()).map { "did you mean <\($0)>?" }))
            return
        }
        if !spec.isContainer, !component.children.isEmpty {
            diagnostics.report(Diagnostic(at: component.location, "<\(spec.name)> takes no content",
                                          hint: "end the tag with '/>' and put the text outside it"))
        }
        for attribute in component.attributes {
            guard let attributeSpec = spec.attribute(attribute.name) else {
                let suggestion = attribute.name.closestMatch(in: spec.attributes.map(\.name))
                diagnostics.report(Diagnostic(at: attribute.location, "<\(spec.name)> has no attribute '\(attribute.name)'",
                                              hint: suggestion.map { "did you mean '\($0)'?" }
                                                ?? "it takes: \(spec.attributes.map(\.name).joined(separator: ", "))"))
                continue
            }
            check(attribute, against: attributeSpec.kind, in: spec.name, into: &diagnostics)
        }
        for required in spec.attributes where required.isRequired && component.attribute(required.name) == nil {
            diagnostics.report(Diagnostic(at: component.location, "<\(spec.name)> needs a '\(required.name)' attribute"))
        }
    }

    private func check(_ attribute: Attribute, against kind: ComponentSpec.Kind, in tag: String,
                       into diagnostics: inout DiagnosticCollector) {
        let value = attribute.value
        switch kind {
        case .query:
            if report.query(named: value) == nil {
                let known = report.queries.map(\.name)
                diagnostics.report(Diagnostic(at: attribute.valueLocation, "no query named '\(value)'",
                                              hint: value.closestMatch(in: known).map { "did you mean '\($0)'?" }
                                                ?? (known.isEmpty ? "define one with a ```sql \(value) block"
                                                                  : "queries in this report: \(known.joined(separator: ", "))")))
            }
        case .number:
            if Double(value) == nil {
                diagnostics.report(Diagnostic(at: attribute.valueLocation, "'\(attribute.name)' of <\(tag)> must be a number, not '\(value)'"))
            }
        case .boolean:
            if !["true", "false"].contains(value) {
                diagnostics.report(Diagnostic(at: attribute.valueLocation, "'\(attribute.name)' of <\(tag)> must be true or false, not '\(value)'"))
            }
        case .choice(let choices):
            if !choices.contains(value) {
                diagnostics.report(Diagnostic(at: attribute.valueLocation, "'\(value)' is not a valid '\(attribute.name)' for <\(tag)>",
                                              hint: value.closestMatch(in: choices).map { "did you mean '\($0)'?" }
                                                ?? "choose one of: \(choices.joined(separator: ", "))"))
            }
        case .column, .columns, .text:
            break   // columns are checked against the query's result when it has run
        }
    }
}
