/// The type of a result column, as far as SmartBI cares: enough to pick scales and formats.
public enum ColumnType: String, Hashable, Sendable, Codable, CaseIterable {
    case integer, real, text, boolean, date, timestamp
    /// Every value was null, or the database did not say.
    case unknown

    public var isNumeric: Bool { self == .integer || self == .real }
    public var isTemporal: Bool { self == .date || self == .timestamp }
}

/// A named, typed column of a result.
public struct Column: Hashable, Sendable, Codable {
    public var name: String
    public var type: ColumnType

    public init(_ name: String, _ type: ColumnType) {
        self.name = name
        self.type = type
    }
}
