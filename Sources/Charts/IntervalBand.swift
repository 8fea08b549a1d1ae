/// A shaded range between two columns along a line or area chart's x axis, drawn under the
/// lines: a forecast's prediction interval, or the range of values expected. Rows where either
/// edge is missing leave a gap.
///
/// ```swift
/// spec.bands = [IntervalBand(lower: "low95", upper: "high95", series: "forecast", label: "95% interval", opacity: 0.12),
///               IntervalBand(lower: "low80", upper: "high80", series: "forecast", label: "80% interval")]
/// ```
public struct IntervalBand: Hashable, Sendable {
    /// The column holding the low edge.
    public var lower: String
    /// The column holding the high edge.
    public var upper: String
    /// The y column whose colour the band takes; nil for the first.
    public var series: String?
    /// The band's legend entry and tooltip, if any.
    public var label: String?
    /// Fill opacity; nested bands read best with less for the wider one.
    public var opacity: Double

    /// A band between `lower` and `upper`, in the colour of `series` (default: the first y column).
    public init(lower: String, upper: String, series: String? = nil, label: String? = nil, opacity: Double = 0.2) {
        self.lower = lower
        self.upper = upper
        self.series = series
        self.label = label
        self.opacity = opacity
    }
}
