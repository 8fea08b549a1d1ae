import BICore

/// A parsed JSON value that keeps object members in the order written (so columns keep the
/// file's order) and numbers as their text (so `12.50` reaches the cache exactly).
indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.number(let a), .number(let b)), (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// The value at a JSON pointer (RFC 6901): `/data/items`, `/pages/0/rows`; `""` is the value itself.
    func value(at pointer: String) -> JSONValue? {
        var current = self
        for token in pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            let key = token.replacing("~1", with: "/").replacing("~0", with: "~")
            switch current {
            case .object(let members):
                guard let member = members.first(where: { $0.0 == key }) else { return nil }
                current = member.1
            case .array(let items):
                guard let index = Int(key), items.indices.contains(index) else { return nil }
                current = items[index]
            default:
                return nil
            }
        }
        return current
    }

    /// Compact JSON text, for nested values stored in one cell.
    var text: String {
        switch self {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .number(let number): number
        case .string(let string): JSON.string(string)
        case .array(let items): "[" + items.map(\.text).joined(separator: ",") + "]"
        case .object(let members): "{" + members.map { JSON.string($0.0) + ":" + $0.1.text }.joined(separator: ",") + "}"
        }
    }
}
