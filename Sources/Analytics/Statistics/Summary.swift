/// The usual numbers about one numeric column or series: count, missing, mean, spread, quartiles.
///
/// ```swift
/// let summary = Summary([3, nil, 1, 2])!
/// summary.count    // 3
/// summary.missing  // 1
/// summary.median   // 2
/// ```
public struct Summary: Hashable, Sendable, Codable {
    /// Values present (not null, finite).
    public let count: Int
    /// Values that were null or not finite.
    public let missing: Int
    /// The total of the values present.
    public let sum: Double
    /// The arithmetic mean.
    public let mean: Double
    /// Sample standard deviation (n − 1); nil for a single value.
    public let standardDeviation: Double?
    /// The least value.
    public let min: Double
    /// 25th percentile (linear interpolation, as numpy).
    public let lowerQuartile: Double
    /// The 50th percentile.
    public let median: Double
    /// 75th percentile (linear interpolation, as numpy).
    public let upperQuartile: Double
    /// The greatest value.
    public let max: Double

    /// Summarizes `values`, ignoring nulls and non-finite numbers; nil when none remain.
    public init?(_ values: [Double?]) {
        var present = values.compactMap { $0 }.filter(\.isFinite)
        guard !present.isEmpty else { return nil }
        count = present.count
        missing = values.count - present.count
        sum = Descriptive.sum(present)
        mean = sum / Double(count)
        standardDeviation = Descriptive.standardDeviation(present)
        min = present.min()!
        max = present.max()!
        lowerQuartile = present.selectQuantile(0.25)
        median = present.selectQuantile(0.5)
        upperQuartile = present.selectQuantile(0.75)
    }
}
