/// Turns a page's article HTML into ``DocumentBlock``s for print: the visible content only (the
/// default selection of inputs, every tab panel, open details), without navigation furniture.
struct DocumentBuilder {
    /// Classes whose elements never print (navigation, tools, the contents box).
    static let skipped: Set<String> = ["page-toc", "breadcrumbs", "table-tools", "downloads", "pager", "site-search"]

    func blocks(fromHTML html: String) -> [DocumentBlock] {
        var parser = HTMLParser(html)
        return blocks(parser.parse())
    }

    func blocks(_ nodes: [HTMLNode]) -> [DocumentBlock] {
        var blocks: [DocumentBlock] = []
        var inline: [HTMLNode] = []
        func flush() {
            let text = InlineStyles.text(of: inline)
            if !text.isBlank { blocks.append(.paragraph(text)) }
            inline = []
        }
        for node in nodes {
            guard case .element(let element) = node, !InlineStyles.isInline(element) else {
                inline.append(node)
                continue
            }
            flush()
            blocks += self.blocks(for: element)
        }
        flush()
        return blocks
    }

    private func blocks(for element: HTMLElement) -> [DocumentBlock] {
        if element["hidden"] != nil || element.classes.contains(where: DocumentBuilder.skipped.contains) { return [] }
        switch element.name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            return [.heading(level: Int(element.name.dropFirst())!, text: InlineStyles.text(of: element.children), id: element["id"])]
        case "p": return blocks(element.children).isEmpty ? [] : [.paragraph(InlineStyles.text(of: element.children))]
        case "ul", "ol":
            return [.list(ordered: element.name == "ol", items: element.elements.filter { $0.name == "li" }.map { blocks($0.children) })]
        case "blockquote": return [.quote(blocks(element.children))]
        case "pre": return [.code(element.text.trimmingTrailingNewlines)]
        case "hr": return [.rule]
        case "table": return [.table(TableReader.table(element, caption: nil, note: nil))]
        case "figure":
            guard let id = element["data-figure"] else { return blocks(element.children) }
            return [.figure(id: id)]
        case "aside": return [.callout(title: element.first { $0.hasClass("alert-title") }?.text,
                                       blocks: blocks(element.children.filter { !$0.isAlertTitle }))]
        case "details":
            let summary = element.elements.first { $0.name == "summary" }
            return (summary.map { [.paragraph(StyledText([.init(text: $0.text, bold: true)]))] } ?? [])
                + blocks(element.children.filter { $0 != summary.map(HTMLNode.element) })
        case "form" where element.hasClass("bi-input"): return [inputSelection(element)]
        case "nav", "script", "style", "template", "input", "button", "svg": return []
        case "label" where element["for"]?.contains("tabs-") == true:
            return []   // tab labels; each panel prints under its own heading
        case "section" where element.hasClass("tab-panel"):
            return [.heading(level: 4, text: StyledText(plain: element["aria-label"] ?? ""), id: nil)] + blocks(element.children)
        default:
            if element.hasClass("bi-table"), let table = element.first(where: { $0.name == "table" }) {
                let caption = element.first { $0.hasClass("table-caption") }?.text
                let note = element.first { $0.hasClass("table-note") }?.text
                return [.table(TableReader.table(table, caption: caption, note: note))]
            }
            if element.hasClass("bi-big-link") || element.hasClass("bi-button") {
                return [.paragraph(StyledText([.init(text: element.text, bold: true, link: element["href"])]))]
            }
            return blocks(element.children)
        }
    }

    /// An input prints as the selection the page shows: "Region: All regions".
    private func inputSelection(_ form: HTMLElement) -> DocumentBlock {
        let label = (form.first { $0.name == "label" || $0.name == "legend" }?.text ?? "").trimmingWhitespace
        let choice = form.first { $0.name == "option" && $0["selected"] != nil }?.text
            ?? form.all { $0.name == "label" }.first { $0.first { $0.name == "input" && $0["checked"] != nil } != nil }?.text
            ?? ""
        return .paragraph(StyledText([.init(text: label + ": ", bold: true), .init(text: choice.trimmingWhitespace)]))
    }
}

extension HTMLNode {
    var isAlertTitle: Bool {
        if case .element(let element) = self { return element.hasClass("alert-title") }
        return false
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    var trimmingWhitespace: String {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return String(self[start..<Swift.max(start, end)])
    }
}
