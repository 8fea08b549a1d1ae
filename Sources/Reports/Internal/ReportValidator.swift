import BICore

/// Checks a parsed report: each tag against the catalog (known name, known attributes, required
/// ones present, values of the right kind, `data` naming a query of the report), and each loop
/// and condition against the names in scope.
struct ReportValidator {
    let catalog: ComponentCatalog
    let report: Report

    func validate(into diagnostics: inout DiagnosticCollector) {
        check(report.body, aliases: [], into: &diagnostics)
    }

    private func check(_ nodes: [ReportNode], aliases: Set<String>, into diagnostics: inout DiagnosticCollector) {
        for node in nodes {
            switch node {
            case .component(let component):
                check(component, into: &diagnostics)
                check(component.children, aliases: aliases, into: &diagnostics)
            case .each(let block):
                checkQuery(block.query, at: block.queryLocation, into: &diagnostics)
                check(block.children, aliases: aliases.union([block.alias]), into: &diagnostics)
            case .conditional(let block):
                for branch in block.branches {
                    for path in branch.condition?.paths ?? [] { check(path, at: branch.location, aliases: aliases, into: &diagnostics) }
                    check(branch.children, aliases: aliases, into: &diagnostics)
                }
            case .markdown, .partial:
                break
            }
        }
    }

    /// A path's first name must be a loop row, `params` (on templated pages) or a query.
    private func check(_ path: [String], at location: SourceLocation, aliases: Set<String>, into diagnostics: inout DiagnosticCollector) {
        guard let head = path.first, !aliases.contains(head) else { return }
        if head == "params" {
            let names = TemplatedPath.parameters(in: report.path)
            if path.count != 2 || !names.contains(path[1]) {
                diagnostics.report(Diagnostic(at: location, "'\(path.joined(separator: "."))' is not a page parameter",
                                              hint: names.isEmpty ? "only templated pages (reports/[name].md) have parameters"
                                                                  : "this page's parameters: \(names.map { "params." + $0 }.joined(separator: ", "))"))
            }
            return
        }
        guard report.query(named: head) == nil else { return }
        let known = Array(aliases).sorted() + report.queries.map(\.name)
        diagnostics.report(Diagnostic(at: location, "'\(head)' is not a query or a loop row here",
                                      hint: head.closestMatch(in: known).map { "did you mean '\($0)'?" }
                                        ?? "names here: \((known + ["params"]).joined(separator: ", "))"))
    }

    private func checkQuery(_ name: String, at location: SourceLocation, into diagnostics: inout DiagnosticCollector) {
        guard !name.isEmpty, report.query(named: name) == nil else { return }
        let known = report.queries.map(\.name)
        diagnostics.report(Diagnostic(at: location, "no query named '\(name)'",
                                      hint: name.closestMatch(in: known).map { "did you mean '\($0)'?" }
                                        ?? (known.isEmpty ? "define one with a ```sql \(name) block" : "queries in this report: \(known.joined(separator: ", "))")))
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
            checkQuery(value, at: attribute.valueLocation, into: &diagnostics)
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
