/// Finds a seasonal cycle in a series whose x values carry no calendar (plain numbers or labels),
/// from the autocorrelation of its first differences (which removes any trend).
///
/// The period is the first lag whose autocorrelation is a local peak of at least `minimum`
/// and within 90% of the highest such peak (so a cycle of 12 wins over its multiple 24).
/// At most the last `maxPoints` values and lags up to `maxLag` are examined, which bounds the
/// work for long series.
///
/// ```swift
/// PeriodDetector().period(of: values)   // 12 for monthly-like data given as 1, 2, 3, …
/// ```
public struct PeriodDetector: Hashable, Sendable {
    /// The autocorrelation a cycle needs.
    public var minimum = 0.3
    /// The longest cycle looked for.
    public var maxLag = 400
    /// The most recent points examined.
    public var maxPoints = 8_000

    /// A detector with the defaults above.
    public init() {}

    /// The detected cycle length, or nil when no lag stands out or fewer than two cycles fit.
    public func period(of values: [Double]) -> Int? {
        let y = Array(values.suffix(maxPoints))
        let longest = min(maxLag, y.count / 2 - 1)
        guard longest >= 3 else { return nil }
        let differences = zip(y.dropFirst(), y).map { $0 - $1 }
        let mean = Descriptive.mean(differences)!
        let centered = differences.map { $0 - mean }
        let energy = centered.reduce(0) { $0 + $1 * $1 }
        guard energy > 0 else { return nil }
        let acf = (0...longest + 1).map { lag in
            (lag..<centered.count).reduce(0.0) { $0 + centered[$1] * centered[$1 - lag] } / energy
        }
        let peaks = (2...longest).filter { acf[$0] >= minimum && acf[$0] > acf[$0 - 1] && acf[$0] >= acf[$0 + 1] }
        guard let highest = peaks.map({ acf[$0] }).max() else { return nil }
        return peaks.first { acf[$0] >= 0.9 * highest }
    }
}
