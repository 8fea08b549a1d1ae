import BICore

/// A value as SQLite tells values apart in GROUP BY and DISTINCT: a real with an integral value
/// equals the integer, text is compared byte by byte (BINARY collation). Nil for a boolean, whose
/// stored integer the value no longer holds.
enum GroupKeyPart: Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(BinaryText)

    init?(_ value: Value) {
        switch value {
        case .null: self = .null
        case .integer(let number): self = .integer(number)
        case .real(let number): self = Int64(exactly: number).map { .integer($0) } ?? .real(number)
        case .text(let text): self = .text(BinaryText(string: text))
        case .boolean: return nil
        }
    }

    /// A group's key; nil if a value has no part.
    static func key(_ values: [Value]) -> [GroupKeyPart]? {
        var key: [GroupKeyPart] = []
        for value in values {
            guard let part = GroupKeyPart(value) else { return nil }
            key.append(part)
        }
        return key
    }
}

/// Text equal only to text of the same UTF-8 bytes (Swift's `==` also equates canonically equivalent text).
struct BinaryText: Hashable {
    var string: String

    static func == (left: BinaryText, right: BinaryText) -> Bool {
        var (left, right) = (left.string, right.string)
        return left.withUTF8 { a in right.withUTF8 { b in a.elementsEqual(b) } }
    }

    func hash(into hasher: inout Hasher) {
        var text = string
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// SQLite's order of values for ORDER BY, MIN and MAX: NULL first, then numbers by value, then
/// text by its bytes.
enum SQLiteValueOrder {
    /// Negative, zero or positive as `left` sorts before, with or after `right`.
    static func compare(_ left: Value, _ right: Value) -> Int {
        let (leftRank, rightRank) = (rank(left), rank(right))
        if leftRank != rightRank { return leftRank < rightRank ? -1 : 1 }
        switch (left, right) {
        case (.integer(let a), .integer(let b)): return a < b ? -1 : a == b ? 0 : 1
        case (.text(let a), .text(let b)): return bytes(a, b)
        case (.null, .null): return 0
        default:
            let (a, b) = (left.number ?? 0, right.number ?? 0)
            return a < b ? -1 : a == b ? 0 : 1
        }
    }

    private static func rank(_ value: Value) -> Int {
        switch value {
        case .null: 0
        case .integer, .real, .boolean: 1
        case .text: 2
        }
    }

    private static func bytes(_ left: String, _ right: String) -> Int {
        for (a, b) in zip(left.utf8, right.utf8) where a != b { return a < b ? -1 : 1 }
        let (a, b) = (left.utf8.count, right.utf8.count)
        return a < b ? -1 : a == b ? 0 : 1
    }
}
