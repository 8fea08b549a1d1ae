import BICore

/// A data-quality profile of one column: its type, how many values are missing or distinct,
/// its range, and a small histogram (numbers) or its most common values (text).
///
/// ```swift
/// let profiles = ColumnProfile.profiles(of: table)
/// profiles[0].nulls        // 3
/// profiles[0].histogram    // bins, for a numeric column
/// ```
public struct ColumnProfile: Hashable, Sendable, Codable {
    /// A value and how often it occurs.
    public struct ValueCount: Hashable, Sendable, Codable {
        /// The value as text.
        public let value: String
        /// Rows holding it.
        public let count: Int
    }

    /// The column's name.
    public let name: String
    /// The column's type, given or inferred.
    public let type: ColumnType
    /// Rows, nulls included.
    public let count: Int
    /// Rows without a value.
    public let nulls: Int
    /// Distinct non-null values.
    public let distinct: Int
    /// The least and greatest value as text: numerically for numbers, in text order otherwise
    /// (which is date order for ISO dates).
    public let min: String?, max: String?
    /// Mean, quartiles and spread, for numeric columns.
    public let summary: Summary?
    /// Equal-width bins, for numeric columns.
    public let histogram: Histogram?
    /// The most common values, most common first (ties in text order), for non-numeric columns.
    public let topValues: [ValueCount]

    /// Profiles `values`; `type` defaults to the type inferred from them.
    public init(name: String, type: ColumnType? = nil, values: [Value], topCount: Int = 5) {
        let type = type ?? ColumnType.inferred(from: values)
        let present = values.filter { !$0.isNull }
        self.name = name
        self.type = type
        count = values.count
        nulls = values.count - present.count
        var counts: [Value: Int] = [:]
        for value in present { counts[value, default: 0] += 1 }
        distinct = counts.count
        if type.isNumeric || type == .boolean {
            let numbers = present.compactMap(\.number)
            summary = Summary(numbers)
            histogram = type.isNumeric ? Histogram(values: numbers) : nil
            min = summary.map { Value.real($0.min).text }
            max = summary.map { Value.real($0.max).text }
            topValues = type == .boolean ? ColumnProfile.top(counts, topCount) : []
        } else {
            summary = nil
            histogram = nil
            let texts = present.map(\.text)
            min = texts.min()
            max = texts.max()
            topValues = ColumnProfile.top(counts, topCount)
        }
    }

    /// A profile of every column of `table`.
    public static func profiles(of table: ResultTable) -> [ColumnProfile] {
        table.columns.indices.map { column in
            ColumnProfile(name: table.columns[column].name, type: table.columns[column].type,
                          values: table.values(ofColumn: column))
        }
    }

    private static func top(_ counts: [Value: Int], _ limit: Int) -> [ValueCount] {
        counts.map { ValueCount(value: $0.key.text, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.value < $1.value }
            .prefix(limit).map { $0 }
    }
}
