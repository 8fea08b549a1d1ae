/// Inline HTML (text, `<strong>`, `<em>`, `<code>`, `<a>`, `<del>`, values) as styled runs.
enum InlineStyles {
    static let inlineElements: Set<String> = ["a", "strong", "b", "em", "i", "code", "del", "s", "span", "br", "sup", "sub", "time", "abbr", "small", "kbd", "img"]

    static func isInline(_ element: HTMLElement) -> Bool {
        inlineElements.contains(element.name) && !element.hasClass("bi-variants")
    }

    static func text(of nodes: [HTMLNode]) -> StyledText {
        var runs: [StyledText.Run] = []
        append(nodes, style: StyledText.Run(text: ""), to: &runs)
        // Collapse whitespace as a browser would, and trim the ends.
        var collapsed: [StyledText.Run] = []
        var lastWasSpace = true
        for run in runs {
            var text = ""
            for character in run.text {
                if character.isWhitespace, character != "\u{00A0}", !run.code {
                    if !lastWasSpace { text.append(" ") }
                    lastWasSpace = true
                } else {
                    text.append(character)
                    lastWasSpace = false
                }
            }
            if !text.isEmpty { collapsed.append(StyledText.Run(text: text, bold: run.bold, italic: run.italic, code: run.code, strikethrough: run.strikethrough, link: run.link)) }
        }
        if let last = collapsed.indices.last, collapsed[last].text.hasSuffix(" ") {
            collapsed[last].text.removeLast()
            if collapsed[last].text.isEmpty { collapsed.removeLast() }
        }
        return StyledText(collapsed)
    }

    private static func append(_ nodes: [HTMLNode], style: StyledText.Run, to runs: inout [StyledText.Run]) {
        for node in nodes {
            switch node {
            case .text(let text):
                var run = style
                run.text = text
                runs.append(run)
            case .element(let element):
                if element["hidden"] != nil || element.name == "svg" { continue }
                var inner = style
                switch element.name {
                case "strong", "b": inner.bold = true
                case "em", "i": inner.italic = true
                case "code", "kbd": inner.code = true
                case "del", "s": inner.strikethrough = true
                case "a": inner.link = element["href"]
                case "br":
                    var run = style
                    run.text = "\n"
                    runs.append(run)
                    continue
                default:
                    if element.hasClass("bi-value") { inner.bold = true }
                }
                if element.hasClass("bi-variants") {
                    // Inline value per input selection: the shown one only.
                    append(element.children.filter { if case .element(let child) = $0 { child["hidden"] == nil } else { true } }, style: inner, to: &runs)
                } else {
                    append(element.children, style: inner, to: &runs)
                }
            }
        }
    }
}
