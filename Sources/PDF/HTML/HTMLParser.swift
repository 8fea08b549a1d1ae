/// Parses the HTML SmartBI writes (cmark-gfm's output and the components' markup) into a tree.
/// Tolerant in the ways that matter for that HTML: void elements, unclosed `<p>`/`<li>`/`<td>`
/// closed by their parent, entities decoded, comments and `<script>` dropped. Inline `<svg>` is
/// kept as one opaque element (charts are drawn from their scene, not from the SVG).
struct HTMLParser {
    static let voidElements: Set<String> = ["br", "hr", "img", "input", "meta", "link", "col", "source", "wbr"]
    static let opaqueElements: Set<String> = ["svg", "script", "style", "template"]

    private let bytes: [UInt8]
    private var index = 0

    init(_ html: String) { bytes = Array(html.utf8) }

    /// The document's nodes.
    mutating func parse() -> [HTMLNode] {
        var stack: [HTMLElement] = [HTMLElement(name: "#root", attributes: [:], children: [])]
        var text: [UInt8] = []
        func flushText() {
            guard !text.isEmpty else { return }
            stack[stack.count - 1].children.append(.text(HTMLEntities.decode(String(decoding: text, as: UTF8.self))))
            text = []
        }
        func close(through position: Int) {
            while stack.count - 1 > position {
                let element = stack.removeLast()
                stack[stack.count - 1].children.append(.element(element))
            }
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                let start = index
                while index < bytes.count, bytes[index] != UInt8(ascii: "<") { index += 1 }
                text += bytes[start..<index]
                continue
            }
            if starts(with: "<!--") {
                flushText()
                index = find("-->").map { $0 + 3 } ?? bytes.count
            } else if starts(with: "</") {
                flushText()
                let name = readClosingTag()
                if let position = stack.lastIndex(where: { $0.name == name }), position > 0 { close(through: position - 1) }
            } else if starts(with: "<!") {
                index = find(">").map { $0 + 1 } ?? bytes.count
            } else if let (name, attributes, selfClosing) = readOpeningTag() {
                flushText()
                if HTMLParser.opaqueElements.contains(name) {
                    let end = find("</\(name)>") ?? bytes.count
                    stack[stack.count - 1].children.append(.element(HTMLElement(name: name, attributes: attributes, children: [])))
                    index = Swift.min(bytes.count, end + name.utf8.count + 3)
                } else if selfClosing || HTMLParser.voidElements.contains(name) {
                    stack[stack.count - 1].children.append(.element(HTMLElement(name: name, attributes: attributes, children: [])))
                } else {
                    stack.append(HTMLElement(name: name, attributes: attributes, children: []))
                }
            } else {
                text.append(bytes[index])
                index += 1
            }
        }
        flushText()
        close(through: 0)
        return stack[0].children
    }

    private func starts(with prefix: String) -> Bool { bytes[index...].starts(with: prefix.utf8) }

    private func find(_ needle: String) -> Int? {
        let pattern = Array(needle.utf8)
        var position = index
        while position + pattern.count <= bytes.count {
            if bytes[position] == pattern[0], bytes[position..<(position + pattern.count)].elementsEqual(pattern) { return position }
            position += 1
        }
        return nil
    }

    private mutating func readName() -> String {
        let start = index
        while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
    }

    private func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57) || byte == 45 || byte == 58 || byte == 95
    }

    private mutating func readClosingTag() -> String {
        index += 2
        let name = readName()
        index = find(">").map { $0 + 1 } ?? bytes.count
        return name
    }

    private mutating func readOpeningTag() -> (String, [String: String], Bool)? {
        let start = index
        index += 1
        let name = readName()
        guard !name.isEmpty else { index = start; return nil }
        var attributes: [String: String] = [:]
        while index < bytes.count {
            while index < bytes.count, bytes[index] == 32 || bytes[index] == 10 || bytes[index] == 9 || bytes[index] == 13 { index += 1 }
            guard index < bytes.count else { break }
            if bytes[index] == UInt8(ascii: ">") { index += 1; return (name, attributes, false) }
            if starts(with: "/>") { index += 2; return (name, attributes, true) }
            let attribute = readName()
            guard !attribute.isEmpty else { index += 1; continue }
            var value = ""
            if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                index += 1
                let quote = bytes[index]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    index += 1
                    let valueStart = index
                    while index < bytes.count, bytes[index] != quote { index += 1 }
                    value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                    index += 1
                } else {
                    let valueStart = index
                    while index < bytes.count, bytes[index] != 32, bytes[index] != UInt8(ascii: ">") { index += 1 }
                    value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                }
            }
            attributes[attribute] = HTMLEntities.decode(value)
        }
        return (name, attributes, false)
    }
}

/// The entities SmartBI's HTML uses.
enum HTMLEntities {
    static let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
                                          "ndash": "–", "mdash": "—", "hellip": "…", "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“"]

    static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var output = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            output += rest[..<ampersand]
            let tail = rest[ampersand...]
            if let semicolon = tail.prefix(10).firstIndex(of: ";") {
                let entity = tail[tail.index(after: ampersand)..<semicolon]
                var replacement: String?
                if entity.hasPrefix("#x") || entity.hasPrefix("#X"), let code = UInt32(entity.dropFirst(2), radix: 16) {
                    replacement = UnicodeScalar(code).map { String(Character($0)) }
                } else if entity.hasPrefix("#"), let code = UInt32(entity.dropFirst()) {
                    replacement = UnicodeScalar(code).map { String(Character($0)) }
                } else {
                    replacement = named[String(entity)]
                }
                if let replacement {
                    output += replacement
                    rest = tail[tail.index(after: semicolon)...]
                    continue
                }
            }
            output += "&"
            rest = tail.dropFirst()
        }
        return output + rest
    }
}
