import BICore
import Charts
import Reports

/// Renders a report body to HTML: Markdown through cmark-gfm, components through their renderers,
/// `{#each}` loops and `{#if}` branches expanded against the query results.
///
/// Components are swapped for placeholders before cmark sees the Markdown (an HTML comment line for
/// a block component, a private-use marker for an inline one), and their HTML is put back after.
/// Loops expand at the Markdown level, so `- {row.name}` lines from every row form one list.
public struct PageRenderer: Sendable {
    public let components: SiteComponents
    let markdown = MarkdownRenderer()

    public init(components: SiteComponents = .standard) { self.components = components }

    /// The HTML of the body. Components that fail leave a diagnostic and no output.
    public func render(_ nodes: [ReportNode], in context: inout RenderContext, diagnostics: inout DiagnosticCollector) -> String {
        var source = ""
        var pieces: [String] = []
        append(nodes, to: &source, pieces: &pieces, context: &context, diagnostics: &diagnostics)
        return Placeholder.substitute(pieces, into: markdown.html(source))
    }

    private func append(_ nodes: [ReportNode], to source: inout String, pieces: inout [String],
                        context: inout RenderContext, diagnostics: inout DiagnosticCollector) {
        for node in nodes {
            switch node {
            case .markdown(let text, let location):
                source += diagnostics.attempt { try Interpolation.fill(text, at: location, scope: context.scope) } ?? text
            case .component(let component):
                let content = component.children.isEmpty ? "" : render(component.children, in: &context, diagnostics: &diagnostics)
                var html = ""
                if let renderer = components.renderers[component.name], !component.attributes.contains(where: {
                    $0.name == "data" && context.failedQueries.contains($0.value)
                }) {
                    html = context.dependsOnInputs(component)
                        ? renderVariants(component, with: renderer, content: content, in: &context, diagnostics: &diagnostics)
                        : diagnostics.attempt { try renderer.render(component, content: content, in: &context) } ?? ""
                }
                let isInline = components.renderers[component.name]?.spec.isInline ?? false
                if component.isBlock && !isInline {
                    if !source.isEmpty, !source.hasSuffix("\n") { source += "\n" }
                    source += Placeholder.block(pieces.count) + "\n"
                } else {
                    source += Placeholder.inline(pieces.count) + (component.isBlock ? "\n" : "")
                }
                pieces.append(html)
            case .each(let block):
                guard var table = context.results[block.query] else { continue }
                if context.isChecking, table.rowCount == 0 {   // one row of nulls, so the body's names are checked
                    table = ResultTable(columns: table.columns, cells: Array(repeating: .null, count: table.columns.count))
                }
                let outer = context.scope
                for row in 0..<table.rowCount {
                    context.scope = outer.binding(block.alias, to: table, row: row)
                    append(block.children, to: &source, pieces: &pieces, context: &context, diagnostics: &diagnostics)
                }
                context.scope = outer
            case .conditional(let block) where context.isChecking:
                for branch in block.branches {
                    if let condition = branch.condition { _ = diagnostics.attempt { try context.scope.evaluate(condition, at: branch.location) } }
                    append(branch.children, to: &source, pieces: &pieces, context: &context, diagnostics: &diagnostics)
                }
            case .conditional(let block):
                let chosen = block.branches.first { branch in
                    guard let condition = branch.condition else { return true }
                    return (diagnostics.attempt { try context.scope.evaluate(condition, at: branch.location) } ?? .null).isTruthy
                }
                if let chosen { append(chosen.children, to: &source, pieces: &pieces, context: &context, diagnostics: &diagnostics) }
            case .partial:
                break   // spliced in when the report was parsed
            }
        }
    }
}

extension PageRenderer {
    /// A component drawn once per combination of the page's inputs; only the default shows without
    /// JavaScript, and bi.js switches between them.
    private func renderVariants(_ component: Component, with renderer: any ComponentRenderer, content: String,
                                in context: inout RenderContext, diagnostics: inout DiagnosticCollector) -> String {
        let tag = component.isBlock ? "div" : "span"
        var html = "<\(tag) class=\"bi-variants\">"
        let base = context.scope
        for (index, variant) in context.variants.enumerated() {
            context.scope.results = base.results.merging(variant.results) { _, chosen in chosen }
            context.variantTag = index == 0 ? nil : "v\(index)"
            let piece = diagnostics.attempt { try renderer.render(component, content: content, in: &context) } ?? ""
            html += "<\(tag) data-variant=\"\(variant.selection.id.xmlEscaped)\"\(index == 0 ? "" : " hidden")>\(piece)</\(tag)>"
            if index == 0, diagnostics.diagnostics.contains(where: { $0.severity == .error }) { break }
        }
        context.scope = base
        context.variantTag = nil
        return html + "</\(tag)>"
    }
}

/// Marks where a component's HTML goes in the Markdown handed to cmark.
enum Placeholder {
    static func block(_ index: Int) -> String { "<!--bi:\(index)-->" }
    static func inline(_ index: Int) -> String { "\u{E000}\(index)\u{E001}" }

    /// Replaces every placeholder in `html` with its piece.
    static func substitute(_ pieces: [String], into html: String) -> String {
        guard !pieces.isEmpty else { return html }
        var output = ""
        output.reserveCapacity(html.utf8.count + pieces.reduce(0) { $0 + $1.utf8.count })
        var rest = Substring(html)
        while let range = [rest.firstRange(of: "<!--bi:"), rest.firstRange(of: "\u{E000}")].compactMap({ $0 }).min(by: { $0.lowerBound < $1.lowerBound }) {
            let isBlock = rest[range] != "\u{E000}"
            let terminator = isBlock ? "-->" : "\u{E001}"
            guard let end = rest[range.upperBound...].firstRange(of: terminator),
                  let index = Int(rest[range.upperBound..<end.lowerBound]), pieces.indices.contains(index) else {
                output += rest[..<range.upperBound]
                rest = rest[range.upperBound...]
                continue
            }
            output += rest[..<range.lowerBound]
            output += pieces[index]
            rest = rest[end.upperBound...]
        }
        output += rest
        return output
    }
}
