import BICore

/// Turns `:name` placeholders in a report's SQL into bound `?` parameters.
///
/// ```swift
/// try NamedParameters.bind("select * from products where name = :product", ["product": .text("Nova Phone")])
/// // BoundSQL(text: "select * from products where name = ?", parameters: [.text("Nova Phone")])
/// ```
/// Placeholders inside string literals, quoted identifiers and comments are left alone, and so are
/// PostgreSQL casts (`::date`).
public enum NamedParameters {
    public struct UnknownParameter: Error, Hashable, Sendable {
        public var name: String
        /// UTF-8 offset of the `:` in the SQL.
        public var offset: Int

        public init(name: String, offset: Int) {
            self.name = name
            self.offset = offset
        }
    }

    public static func bind(_ sql: String, _ values: [String: Value]) throws(UnknownParameter) -> BoundSQL {
        try rewrite(sql) { name, offset throws(UnknownParameter) in
            guard let value = values[name] else { throw UnknownParameter(name: name, offset: offset) }
            return value
        }
    }

    /// The names of the placeholders in `sql`, in order of first use.
    public static func names(in sql: String) -> [String] {
        var names: [String] = []
        _ = rewrite(sql) { name, _ in
            if !names.contains(name) { names.append(name) }
            return .null
        }
        return names
    }

    /// Replaces each placeholder with `?`, binding the value `resolve` gives for its name and offset.
    private static func rewrite<E: Error>(_ sql: String, _ resolve: (String, Int) throws(E) -> Value) throws(E) -> BoundSQL {
        let bytes = Array(sql.utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count)
        var parameters: [Value] = []
        var index = 0
        func isNameByte(_ byte: UInt8) -> Bool {
            (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57) || byte == 95
        }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "`"):
                let end = closingQuote(byte, in: bytes, from: index + 1)
                text += bytes[index..<end]
                index = end
            case UInt8(ascii: "-") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "-"):
                let end = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                text += bytes[index..<end]
                index = end
            case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "*"):
                var end = index + 2
                while end + 1 < bytes.count, !(bytes[end] == UInt8(ascii: "*") && bytes[end + 1] == UInt8(ascii: "/")) { end += 1 }
                end = Swift.min(bytes.count, end + 2)
                text += bytes[index..<end]
                index = end
            case UInt8(ascii: ":") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: ":"):
                text += [byte, byte]
                index += 2
            case UInt8(ascii: ":") where index + 1 < bytes.count && isNameByte(bytes[index + 1]) && !(bytes[index + 1] >= 48 && bytes[index + 1] <= 57)
                && (index == 0 || !isNameByte(bytes[index - 1])):
                var end = index + 1
                while end < bytes.count, isNameByte(bytes[end]) { end += 1 }
                let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
                parameters.append(try resolve(name, index))
                text.append(UInt8(ascii: "?"))
                index = end
            default:
                text.append(byte)
                index += 1
            }
        }
        return BoundSQL(String(decoding: text, as: UTF8.self), parameters: parameters)
    }

    /// The index just past the quote that closes one opened at `start - 1` (doubled quotes escape).
    private static func closingQuote(_ quote: UInt8, in bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            if bytes[index] == quote {
                if index + 1 < bytes.count, bytes[index + 1] == quote { index += 2; continue }
                return index + 1
            }
            index += 1
        }
        return bytes.count
    }
}
