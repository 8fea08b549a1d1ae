/// Walks the tags and text of an XML document without building a tree: enough for the few
/// elements of a workbook's parts, and fast on large sheets.
struct XMLScanner {
    struct Tag {
        /// The local name, without a namespace prefix (`c`, `row`, `t`).
        var name: ArraySlice<UInt8>
        var attributes: ArraySlice<UInt8>
        var isClosing: Bool
        var isSelfClosing: Bool

        func named(_ text: StaticString) -> Bool {
            name.elementsEqual(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }

        /// An attribute's value by its local name (`r:id` answers to `id`), entities decoded.
        func attribute(_ wanted: String) -> String? {
            let key = Array(wanted.utf8)
            var index = attributes.startIndex
            let end = attributes.endIndex
            while index < end {
                while index < end, attributes[index] <= UInt8(ascii: " ") { index += 1 }
                let nameStart = index
                while index < end, attributes[index] != UInt8(ascii: "=") { index += 1 }
                let fullName = attributes[nameStart..<index]
                let name = fullName.firstIndex(of: UInt8(ascii: ":")).map { fullName[($0 + 1)...] } ?? fullName
                index += 1
                guard index < end else { return nil }
                let quote = attributes[index]
                index += 1
                let valueStart = index
                while index < end, attributes[index] != quote { index += 1 }
                if name.elementsEqual(key), !fullName.starts(with: Array("xmlns".utf8)) { return XMLScanner.decode(attributes[valueStart..<index]) }
                index += 1
            }
            return nil
        }
    }

    let bytes: [UInt8]
    private(set) var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The next tag, skipping text, comments, processing instructions and declarations.
    mutating func nextTag() -> Tag? {
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            guard let close = bytes[open...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
            index = close + 1
            let second = open + 1 < bytes.count ? bytes[open + 1] : 0
            if second == UInt8(ascii: "?") || second == UInt8(ascii: "!") { continue }
            let isClosing = second == UInt8(ascii: "/")
            let isSelfClosing = bytes[close - 1] == UInt8(ascii: "/")
            var nameStart = open + (isClosing ? 2 : 1)
            var nameEnd = nameStart
            while nameEnd < close, bytes[nameEnd] != UInt8(ascii: " "), bytes[nameEnd] != UInt8(ascii: "/"),
                  bytes[nameEnd] != UInt8(ascii: "\n"), bytes[nameEnd] != UInt8(ascii: "\t"), bytes[nameEnd] != UInt8(ascii: "\r") {
                if bytes[nameEnd] == UInt8(ascii: ":") { nameStart = nameEnd + 1 }
                nameEnd += 1
            }
            return Tag(name: bytes[nameStart..<nameEnd], attributes: bytes[nameEnd..<(isSelfClosing ? close - 1 : close)],
                       isClosing: isClosing, isSelfClosing: isSelfClosing)
        }
        index = bytes.count
        return nil
    }

    /// The text from here to the next tag, entities decoded.
    mutating func text() -> String {
        let end = bytes[index...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.count
        defer { index = end }
        return XMLScanner.decode(bytes[index..<end])
    }

    /// `&amp;` `&lt;` `&gt;` `&quot;` `&apos;` and numeric references.
    static func decode(_ slice: ArraySlice<UInt8>) -> String {
        guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
        var out = ""
        var index = slice.startIndex
        while index < slice.endIndex {
            guard slice[index] == UInt8(ascii: "&"), let semicolon = slice[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
                let next = slice[index...].firstIndex(of: UInt8(ascii: "&")).map { $0 == index ? index + 1 : $0 } ?? slice.endIndex
                out += String(decoding: slice[index..<next], as: UTF8.self)
                index = next
                continue
            }
            let entity = String(decoding: slice[(index + 1)..<semicolon], as: UTF8.self)
            switch entity {
            case "amp": out += "&"
            case "lt": out += "<"
            case "gt": out += ">"
            case "quot": out += "\""
            case "apos": out += "'"
            default:
                let number = entity.hasPrefix("#x") ? UInt32(entity.dropFirst(2), radix: 16) : entity.hasPrefix("#") ? UInt32(entity.dropFirst()) : nil
                out += number.flatMap(Unicode.Scalar.init).map { String($0) } ?? "&" + entity + ";"
            }
            index = semicolon + 1
        }
        return out
    }
}
