/// Splits SQL text into code and the parts no rewriting may touch: string literals, quoted
/// identifiers and comments. Used to find `:name` parameters, `?` placeholders and query names.
///
/// ```swift
/// for segment in SQLSegments("select ':x' -- :y\nfrom t where a = :a") where segment.isCode {
///     // "select ", "\nfrom t where a = :a"
/// }
/// ```
/// Offsets are UTF-8 offsets into the text.
public struct SQLSegments: Sequence {
    public struct Segment: Hashable, Sendable {
        public var range: Range<Int>
        /// False for literals, quoted identifiers and comments.
        public var isCode: Bool
    }

    public let bytes: [UInt8]

    public init(_ text: String) { bytes = Array(text.utf8) }

    public func makeIterator() -> AnyIterator<Segment> {
        var index = 0
        let bytes = bytes
        return AnyIterator {
            guard index < bytes.count else { return nil }
            let start = index
            if let end = SQLSegments.endOfProtected(bytes, at: index) {
                index = end
                return Segment(range: start..<end, isCode: false)
            }
            while index < bytes.count, SQLSegments.endOfProtected(bytes, at: index) == nil { index += 1 }
            return Segment(range: start..<index, isCode: true)
        }
    }

    /// The end of the literal, quoted identifier or comment starting at `index`, or nil when none starts there.
    static func endOfProtected(_ bytes: [UInt8], at index: Int) -> Int? {
        let byte = bytes[index]
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        switch byte {
        case UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "`"):
            var cursor = index + 1
            while cursor < bytes.count {
                if bytes[cursor] == byte {
                    if cursor + 1 < bytes.count, bytes[cursor + 1] == byte { cursor += 2; continue }
                    return cursor + 1
                }
                cursor += 1
            }
            return bytes.count
        case UInt8(ascii: "-") where next == UInt8(ascii: "-"):
            return bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        case UInt8(ascii: "/") where next == UInt8(ascii: "*"):
            var cursor = index + 2
            while cursor + 1 < bytes.count, !(bytes[cursor] == UInt8(ascii: "*") && bytes[cursor + 1] == UInt8(ascii: "/")) { cursor += 1 }
            return Swift.min(bytes.count, cursor + 2)
        default:
            return nil
        }
    }
}
