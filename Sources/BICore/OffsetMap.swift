/// Maps UTF-8 offsets in rewritten SQL back to the text the user wrote, so a database error
/// in `select … where name = ?` points at `:product` in the report.
///
/// ```swift
/// var map = OffsetMap()
/// map.replaced(original: 29..<37, withLength: 1, at: 29)   // ":product" became "?"
/// map.original(of: 31)                                       // 37: "and" after the placeholder
/// ```
public struct OffsetMap: Hashable, Sendable {
    /// From `sent` on, the rewritten text runs in step with the original from `original` on.
    private var anchors: [Anchor] = []

    private struct Anchor: Hashable, Sendable {
        var sent: Int
        var original: Int
    }

    public init() {}

    /// Records that `original` was replaced by `length` bytes starting at `sent` in the rewritten text.
    public mutating func replaced(original: Range<Int>, withLength length: Int, at sent: Int) {
        anchors.append(Anchor(sent: sent, original: original.lowerBound))
        anchors.append(Anchor(sent: sent + length, original: original.upperBound))
    }

    /// Records that `length` bytes were inserted at `sent` and map to `original`.
    public mutating func inserted(length: Int, at sent: Int, mappingTo original: Int) {
        replaced(original: original..<original, withLength: length, at: sent)
    }

    /// The offset in the original text of `offset` in the rewritten one.
    public func original(of offset: Int) -> Int {
        guard let anchor = anchors.last(where: { $0.sent <= offset }) else { return offset }
        let next = anchors.first { $0.sent > anchor.sent }
        // Inside a replacement, stay at its start.
        if let next, next.original - anchor.original != next.sent - anchor.sent { return anchor.original }
        return anchor.original + (offset - anchor.sent)
    }

    /// Records that `length` bytes were inserted at `position` of the rewritten text, shifting
    /// what follows; offsets inside the insertion map to where it was made.
    public mutating func insert(length: Int, at position: Int) {
        let original = original(of: position)
        for index in anchors.indices where anchors[index].sent >= position { anchors[index].sent += length }
        let at = anchors.firstIndex { $0.sent >= position } ?? anchors.count
        anchors.insert(contentsOf: [Anchor(sent: position, original: original), Anchor(sent: position + length, original: original)], at: at)
    }
}
