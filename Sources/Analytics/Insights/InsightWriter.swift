import BICore

/// Turns the analyses of one series into ranked sentences with their numbers.
///
/// ```swift
/// let writer = InsightWriter(name: "Revenue", format: .usd, aggregation: .sum, series: series)
/// writer.trend(TrendEstimate(series)!).text   // "Upward trend: +3.1% per month (Mann–Kendall p < 0.001)"
/// ```
public struct InsightWriter: Sendable {
    /// What the values are, as the sentence should call them: "Revenue".
    public var name: String
    /// How amounts are written: `.usd` gives `$1.2M`.
    public var format: NumberFormat
    /// How a period's values combine: sums for revenue, means for prices.
    public var aggregation: Aggregation
    /// The series the sentences are about.
    public let series: TimeSeries

    /// A writer for `series`, calling its values `name`.
    public init(name: String, format: NumberFormat = .auto, aggregation: Aggregation = .sum, series: TimeSeries) {
        self.name = name
        self.format = format
        self.aggregation = aggregation
        self.series = series
    }

    var axis: TimeAxis { series.axis }
    var frequency: Frequency { series.axis.frequency }

    /// The subject of a sentence about combined values: "Revenue", or "Average revenue" for means.
    var subject: String { aggregation == .mean ? "Average \(name.lowercased())" : name }

    func amount(_ value: Double) -> String { Phrase.amount(value, format) }

    /// The x labels of the first and last point of `range`.
    func span(_ range: Range<Int>) -> (from: String?, to: String?) {
        range.isEmpty ? (nil, nil) : (axis.label(at: range.lowerBound), axis.label(at: range.upperBound - 1))
    }

    /// The unit rates are quoted in: months for days and weeks, the step otherwise.
    var rateUnit: (name: String, points: Double) {
        frequency.pointsPerMonth.map { ("month", $0) } ?? (frequency.unit, 1)
    }

    /// `count` of `unit`, pluralized: "1 month", "12 months".
    static func count(_ count: Int, _ unit: String) -> String { "\(count) \(unit)\(count == 1 ? "" : "s")" }

    /// 0 → 0, `saturation` or more → 1, linearly between: how big a change is, for scores.
    static func magnitude(_ value: Double, saturation: Double) -> Double { min(1, abs(value) / saturation) }
}
