import BICore

/// A small, strict JSON parser over bytes (RFC 8259), reporting the line of the first error.
/// Reads one document, or a stream of them (NDJSON).
struct JSONParser {
    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    /// The file name for messages.
    private let name: String

    init(bytes: [UInt8], name: String) {
        self.bytes = bytes
        self.name = name
    }

    /// Exactly one value, with only whitespace around it.
    mutating func parseDocument() throws -> JSONValue {
        let value = try parseValue()
        skipWhitespace()
        guard index == bytes.count else { throw failure("unexpected text after the JSON value") }
        return value
    }

    /// Values one after another (newline-delimited JSON).
    mutating func parseStream() throws -> [JSONValue] {
        var values: [JSONValue] = []
        skipWhitespace()
        while index < bytes.count {
            values.append(try parseValue())
            skipWhitespace()
        }
        return values
    }

    private mutating func parseValue() throws -> JSONValue {
        skipWhitespace()
        guard index < bytes.count else { throw failure("unexpected end of the file") }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            index += 1
            var members: [(String, JSONValue)] = []
            skipWhitespace()
            if peek(UInt8(ascii: "}")) { index += 1; return .object(members) }
            repeat {
                skipWhitespace()
                guard peek(UInt8(ascii: "\"")) else { throw failure("expected a member name in quotes") }
                let key = try parseString()
                skipWhitespace()
                guard peek(UInt8(ascii: ":")) else { throw failure("expected ':' after a member name") }
                index += 1
                members.append((key, try parseValue()))
                skipWhitespace()
            } while consume(UInt8(ascii: ","))
            guard consume(UInt8(ascii: "}")) else { throw failure("expected ',' or '}' in an object") }
            return .object(members)
        case UInt8(ascii: "["):
            index += 1
            var items: [JSONValue] = []
            skipWhitespace()
            if peek(UInt8(ascii: "]")) { index += 1; return .array(items) }
            repeat { items.append(try parseValue()); skipWhitespace() } while consume(UInt8(ascii: ","))
            guard consume(UInt8(ascii: "]")) else { throw failure("expected ',' or ']' in an array") }
            return .array(items)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: return .number(try parseNumber())
        }
    }

    private mutating func parseString() throws -> String {
        index += 1
        var out: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""): return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard index < bytes.count else { break }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "n"): out.append(10)
                case UInt8(ascii: "t"): out.append(9)
                case UInt8(ascii: "r"): out.append(13)
                case UInt8(ascii: "b"): out.append(8)
                case UInt8(ascii: "f"): out.append(12)
                case UInt8(ascii: "u"): out += Array(String(try parseEscapedScalar()).utf8)
                default: out.append(escape)
                }
            case UInt8(ascii: "\n"): throw failure("a string runs past the end of the line")
            default: out.append(byte)
            }
        }
        throw failure("a string is never closed")
    }

    /// `\uXXXX`, with a surrogate pair when the first is a high surrogate.
    private mutating func parseEscapedScalar() throws -> Character {
        func hex() throws -> UInt32 {
            guard index + 4 <= bytes.count, let value = UInt32(String(decoding: bytes[index..<(index + 4)], as: UTF8.self), radix: 16) else {
                throw failure("a \\u escape needs four hex digits")
            }
            index += 4
            return value
        }
        var value = try hex()
        if (0xD800..<0xDC00).contains(value), index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
            index += 2
            let low = try hex()
            value = 0x10000 + ((value - 0xD800) << 10) + (low &- 0xDC00)
        }
        return Character(Unicode.Scalar(value) ?? "\u{FFFD}")
    }

    private mutating func parseNumber() throws -> String {
        let start = index
        while index < bytes.count, (bytes[index] >= 48 && bytes[index] <= 57) || [UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[index]) {
            index += 1
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard index > start, Double(text) != nil else { throw failure("unexpected character '\(String(decoding: bytes[start..<Swift.min(start + 1, bytes.count)], as: UTF8.self))'") }
        return text
    }

    private mutating func literal(_ word: String) throws {
        let expected = Array(word.utf8)
        guard bytes.count - index >= expected.count, bytes[index..<(index + expected.count)].elementsEqual(expected) else {
            throw failure("unexpected character '\(String(decoding: [bytes[index]], as: UTF8.self))'")
        }
        index += expected.count
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\n"): line += 1; index += 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): index += 1
            default: return
            }
        }
    }

    private func peek(_ byte: UInt8) -> Bool { index < bytes.count && bytes[index] == byte }

    private mutating func consume(_ byte: UInt8) -> Bool {
        guard peek(byte) else { return false }
        index += 1
        return true
    }

    private func failure(_ message: String) -> ConnectorError {
        ConnectorError(.malformed(file: name, line: line, message: message))
    }
}
