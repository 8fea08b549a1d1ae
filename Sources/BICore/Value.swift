/// One cell of a result: what a connector read, typed.
///
/// Dates and timestamps travel as ISO-8601 text (`2025-12-31`, `2025-12-31T07:00:00`); the
/// column's ``ColumnType`` says which they are.
public enum Value: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case boolean(Bool)

    /// The number this value holds, if it is numeric (booleans count as 0 and 1).
    public var number: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .real(let value): value
        case .boolean(let value): value ? 1 : 0
        case .text, .null: nil
        }
    }

    public var isNull: Bool { self == .null }

    /// Plain text for labels, CSV cells and messages: integers without decimals,
    /// reals in their shortest exact form, null as the empty string.
    public var text: String {
        switch self {
        case .null: ""
        case .integer(let value): String(value)
        case .real(let value): value.shortestText
        case .text(let value): value
        case .boolean(let value): value ? "true" : "false"
        }
    }
}

extension Double {
    /// `12.0` → `"12"`, `0.1` → `"0.1"`: the shortest text that reads back as the same value.
    public var shortestText: String {
        if isFinite, rounded() == self, abs(self) < 1e15 { return String(Int64(self)) }
        return description
    }
}
