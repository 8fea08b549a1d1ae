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
            let text = run.code ? run.text : collapsingWhitespace(run.text, after: &lastWasSpace)
            if run.code, !text.isEmpty { lastWasSpace = false }
            if !text.isEmpty { collapsed.append(StyledText.Run(text: text, bold: run.bold, italic: run.italic, code: run.code, strikethrough: run.strikethrough, link: run.link)) }
        }
        if let last = collapsed.indices.last, collapsed[last].text.hasSuffix(" ") {
            collapsed[last].text.removeLast()
            if collapsed[last].text.isEmpty { collapsed.removeLast() }
        }
        return StyledText(collapsed)
    }

    /// `text` with each stretch of whitespace (not no-break spaces) as one space, none at the start
    /// when the text before ended with one.
    private static func collapsingWhitespace(_ text: String, after lastWasSpace: inout Bool) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII (most table cells): bytes, without looking up Unicode properties character by character.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            for byte in text.utf8 {
                if byte == 32 || (9...13).contains(byte) {
                    if !lastWasSpace { bytes.append(32) }
                    lastWasSpace = true
                } else {
                    bytes.append(byte)
                    lastWasSpace = false
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var collapsed = ""
        for character in text {
            if character.isWhitespace, character != "\u{00A0}" {
                if !lastWasSpace { collapsed.append(" ") }
                lastWasSpace = true
            } else {
                collapsed.append(character)
                lastWasSpace = false
            }
        }
        return collapsed
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
