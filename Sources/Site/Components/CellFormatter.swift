import BICore

/// Writes result values for people: grouped integers, two-decimal reals, empty for null.
public struct CellFormatter: Sendable {
    public var format: NumberFormat?

    public init(format: NumberFormat? = nil) { self.format = format }

    public func text(_ value: Value, type: ColumnType) -> String {
        switch value {
        case .null: return ""
        case .integer(let number): return (format ?? .integer).full(Double(number))
        case .real(let number): return (format ?? .fixed(decimals: 2)).full(number)
        case .boolean(let flag): return flag ? "Yes" : "No"
        case .text(let text): return text
        }
    }

    /// Whether cells of this column read right-aligned, as numbers do.
    public static func isNumeric(_ type: ColumnType) -> Bool { type.isNumeric }
}
