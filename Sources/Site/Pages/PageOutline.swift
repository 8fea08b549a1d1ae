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
        let bytes = Array(content.utf8)
        var html: [UInt8] = []
        html.reserveCapacity(bytes.count + 256)
        var headings: [Heading] = []
        var used: [String: Int] = [:]
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<"), index + 3 < bytes.count, bytes[index + 1] == UInt8(ascii: "h"),
                  bytes[index + 2] == UInt8(ascii: "2") || bytes[index + 2] == UInt8(ascii: "3"), bytes[index + 3] == UInt8(ascii: ">"),
                  let end = PlainText.position(of: Array("</h".utf8) + [bytes[index + 2], UInt8(ascii: ">")], in: bytes, from: index) else {
                html.append(bytes[index])
                index += 1
                continue
            }
            let level = Int(bytes[index + 2] - 48)
            let inner = bytes[(index + 4)..<(end - 5)]
            let text = PlainText.strip(String(decoding: inner, as: UTF8.self))
            var id = SitePage.slug(text)
            used[id, default: 0] += 1
            if used[id]! > 1 { id += "-\(used[id]!)" }
            headings.append(Heading(level: level, id: id, text: text))
            html += Array("<h\(level) id=\"\(id)\">".utf8) + inner + Array("</h\(level)>".utf8)
            index = end
        }
        self.html = String(decoding: html, as: UTF8.self)
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
        let bytes = Array(html.utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count / 2)
        var index = 0
        var lastWasSpace = true
        func appendSpace() {
            if !lastWasSpace { text.append(UInt8(ascii: " ")); lastWasSpace = true }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                // Charts' SVG and scripts are not prose: skip to their closing tag.
                if let closing = skippedElements.first(where: { bytes[index...].starts(with: $0.open) })?.close {
                    index = position(of: closing, in: bytes, from: index) ?? bytes.count
                    appendSpace()
                    continue
                }
                while index < bytes.count, bytes[index] != UInt8(ascii: ">") { index += 1 }
                index += 1
                appendSpace()
                continue
            }
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") {
                appendSpace()
            } else {
                text.append(byte)
                lastWasSpace = false
            }
            index += 1
        }
        if text.last == UInt8(ascii: " ") { text.removeLast() }
        return decodeEntities(text)
    }

    /// The entities the site's HTML writes (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&#39;`), decoded in one pass.
    static func decodeEntities(_ bytes: [UInt8]) -> String {
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        let entities: [(name: [UInt8], value: UInt8)] = [(Array("&amp;".utf8), 38), (Array("&lt;".utf8), 60), (Array("&gt;".utf8), 62),
                                                         (Array("&quot;".utf8), 34), (Array("&#39;".utf8), 39)]
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&"), let entity = entities.first(where: { bytes[index...].starts(with: $0.name) }) {
                output.append(entity.value)
                index += entity.name.count
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static let skippedElements: [(open: [UInt8], close: [UInt8])] = [
        (Array("<svg".utf8), Array("</svg>".utf8)), (Array("<script".utf8), Array("</script>".utf8)),
        (Array("<style".utf8), Array("</style>".utf8)),
    ]

    /// The index just past the first `needle` at or after `start`.
    static func position(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) { return index + needle.count }
            index += 1
        }
        return nil
    }
}
