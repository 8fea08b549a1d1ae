/// Finds where in the SQL an error points when the database names the culprit but not its
/// position (SQLite's "no such table: orderz").
enum SQLErrorLocator {
    static let patterns = ["no such table: ", "no such column: ", "no such function: "]

    /// The UTF-8 offset of the first whole-word occurrence of the named identifier, if any.
    static func offset(for message: String, in sql: String) -> Int? {
        guard let pattern = patterns.first(where: message.contains), let range = message.firstRange(of: pattern) else { return nil }
        let name = Array(message[range.upperBound...].prefix { !$0.isWhitespace }.lowercased().utf8)
        let text = Array(sql.lowercased().utf8)
        guard !name.isEmpty, text.count >= name.count else { return nil }
        func isWordByte(_ byte: UInt8) -> Bool { byte == 95 || byte == 46 || (byte >= 48 && byte <= 57) || (byte >= 97 && byte <= 122) }
        for start in 0...(text.count - name.count) where text[start..<(start + name.count)].elementsEqual(name) {
            let before = start == 0 ? nil : text[start - 1]
            let after = start + name.count < text.count ? text[start + name.count] : nil
            if !(before.map(isWordByte) ?? false), !(after.map(isWordByte) ?? false) { return start }
        }
        return nil
    }
}
