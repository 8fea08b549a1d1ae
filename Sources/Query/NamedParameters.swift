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
        try compile(sql, values).sql
    }

    /// Binds the parameters and also returns where each offset of the new text came from in `sql`,
    /// so database errors in the text sent point into the text written.
    public static func compile(_ sql: String, _ values: [String: Value]) throws(UnknownParameter) -> (sql: BoundSQL, offsets: OffsetMap) {
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
    private static func rewrite<E: Error>(_ sql: String, _ resolve: (String, Int) throws(E) -> Value) throws(E) -> (sql: BoundSQL, offsets: OffsetMap) {
        let segments = SQLSegments(sql)
        let bytes = segments.bytes
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count)
        var parameters: [Value] = []
        var offsets = OffsetMap()
        for segment in segments {
            guard segment.isCode else { text += bytes[segment.range]; continue }
            var index = segment.range.lowerBound
            while index < segment.range.upperBound {
                let byte = bytes[index]
                if byte == UInt8(ascii: ":"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ":") {
                    text += [byte, byte]
                    index += 2
                } else if byte == UInt8(ascii: ":"), index + 1 < segment.range.upperBound, isNameStart(bytes[index + 1]),
                          index == 0 || !isNameByte(bytes[index - 1]) {
                    var end = index + 1
                    while end < segment.range.upperBound, isNameByte(bytes[end]) { end += 1 }
                    parameters.append(try resolve(String(decoding: bytes[(index + 1)..<end], as: UTF8.self), index))
                    offsets.replaced(original: index..<end, withLength: 1, at: text.count)
                    text.append(UInt8(ascii: "?"))
                    index = end
                } else {
                    text.append(byte)
                    index += 1
                }
            }
        }
        return (BoundSQL(String(decoding: text, as: UTF8.self), parameters: parameters), offsets)
    }

    static func isNameByte(_ byte: UInt8) -> Bool { isNameStart(byte) || (byte >= 48 && byte <= 57) }

    static func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || byte == 95
    }
}
