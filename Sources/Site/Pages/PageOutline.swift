import BICore

/// Gives a page's section headings ids (so they can be linked) and lists them for the
/// "On this page" contents of long reports.
public struct PageOutline: Sendable {
    public struct Heading: Sendable, Hashable {
        public var level: Int
        public var id: String
        public var text: String
    }

    /// The content with `id` attributes on its `<h2>` and `<h3>` headings.
    public let html: String
    public let headings: [Heading]

    public init(_ content: String) {
        var html = ""
        var headings: [Heading] = []
        var used: [String: Int] = [:]
        var rest = Substring(content)
        while let open = [rest.firstRange(of: "<h2>"), rest.firstRange(of: "<h3>")].compactMap({ $0 }).min(by: { $0.lowerBound < $1.lowerBound }) {
            let level = rest[open].hasPrefix("<h2") ? 2 : 3
            guard let close = rest[open.upperBound...].firstRange(of: "</h\(level)>") else { break }
            let inner = rest[open.upperBound..<close.lowerBound]
            let text = PlainText.strip(String(inner))
            var id = SitePage.slug(text)
            used[id, default: 0] += 1
            if used[id]! > 1 { id += "-\(used[id]!)" }
            headings.append(Heading(level: level, id: id, text: text))
            html += rest[..<open.lowerBound] + "<h\(level) id=\"\(id)\">" + inner + "</h\(level)>"
            rest = rest[close.upperBound...]
        }
        html += rest
        self.html = html
        self.headings = headings
    }

    /// "On this page" links, when the page has at least `minimum` sections.
    public func contentsHTML(minimum: Int = 3) -> String {
        let sections = headings.filter { $0.level == 2 }
        guard sections.count >= minimum else { return "" }
        var html = "<nav class=\"page-toc\" aria-label=\"On this page\"><strong>On this page</strong><ol>"
        for heading in sections { html += "<li><a href=\"#\(heading.id)\">\(heading.text.xmlEscaped)</a></li>" }
        return html + "</ol></nav>"
    }
}

/// Text without tags and with entities decoded, whitespace collapsed: for search and outlines.
public enum PlainText {
    public static func strip(_ html: String) -> String {
        var text = ""
        var inTag = false
        var skipping: String?
        var rest = Substring(html)
        while let character = rest.first {
            if let closing = skipping {
                if rest.hasPrefix(closing) { skipping = nil; rest = rest.dropFirst(closing.count) } else { rest = rest.dropFirst() }
                continue
            }
            if character == "<" {
                // Charts' SVG and scripts are not prose.
                for (open, close) in [("<svg", "</svg>"), ("<script", "</script>"), ("<style", "</style>")] where rest.hasPrefix(open) {
                    skipping = close
                }
                inTag = skipping == nil
                rest = rest.dropFirst()
                continue
            }
            if inTag {
                if character == ">" { inTag = false; text.append(" ") }
                rest = rest.dropFirst()
                continue
            }
            text.append(character)
            rest = rest.dropFirst()
        }
        let decoded = text.replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&quot;", with: "\"")
            .replacing("&#39;", with: "'").replacing("&amp;", with: "&")
        return decoded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
