import BICore

/// Replaces `{@partial "name.md"}` nodes with the parsed content of `partials/name.md`; its
/// queries join the report's. Partials may include partials, but never themselves.
struct PartialSplicer {
    let files: IncludedFiles
    /// The files being included, outermost first, to catch cycles.
    var including: [String]

    mutating func splice(_ nodes: [ReportNode], queries: inout [QueryBlock], diagnostics: inout DiagnosticCollector) -> [ReportNode] {
        nodes.flatMap { node -> [ReportNode] in
            switch node {
            case .partial(let name, let location):
                return include(name, at: location, queries: &queries, diagnostics: &diagnostics)
            case .component(var component):
                component.children = splice(component.children, queries: &queries, diagnostics: &diagnostics)
                return [.component(component)]
            case .each(var block):
                block.children = splice(block.children, queries: &queries, diagnostics: &diagnostics)
                return [.each(block)]
            case .conditional(var block):
                for index in block.branches.indices {
                    block.branches[index].children = splice(block.branches[index].children, queries: &queries, diagnostics: &diagnostics)
                }
                return [.conditional(block)]
            case .markdown:
                return [node]
            }
        }
    }

    private mutating func include(_ name: String, at location: SourceLocation, queries: inout [QueryBlock],
                                  diagnostics: inout DiagnosticCollector) -> [ReportNode] {
        let path = "partials/" + name
        guard !including.contains(path) else {
            diagnostics.report(Diagnostic(at: location, "\(path) includes itself", hint: "chain: \((including + [path]).joined(separator: " → "))"))
            return []
        }
        guard let text = files.partial(name) else {
            diagnostics.report(Diagnostic(at: location, "no partial \(path)", hint: "partials are Markdown files in the project's partials/ folder"))
            return []
        }
        var parser = BodyParser(text, file: path, firstLine: 1)
        let nodes = parser.parse()
        diagnostics.report(DiagnosticList(parser.diagnostics.diagnostics))
        for query in parser.queries {
            if let earlier = queries.first(where: { $0.name == query.name }) {
                diagnostics.report(Diagnostic(at: query.location, "a query named '\(query.name)' is already defined at \(earlier.location)"))
            } else {
                queries.append(query)
            }
        }
        including.append(path)
        defer { including.removeLast() }
        return splice(nodes, queries: &queries, diagnostics: &diagnostics)
    }
}
