import Foundation

/// The trend of a series: its least-squares slope (and, for positive values, the compound growth
/// rate from a least-squares line through their logarithms), and whether a monotone trend is
/// significant by the Mann–Kendall test.
///
/// Given a ``Decomposition``, the values are deseasonalized first, so a year that always ends
/// high does not pass for growth.
///
/// ```swift
/// let trend = TrendEstimate(series)!
/// trend.slope                  // change per point (per day for daily data)
/// trend.mannKendall.pValue     // < 0.05: the trend is significant
/// ```
public struct TrendEstimate: Hashable, Sendable, Codable {
    /// Change per point: the least-squares slope of the values over their positions.
    public let slope: Double
    /// The fitted value at the first point.
    public let intercept: Double
    /// Share of the variance the line explains.
    public let rSquared: Double
    /// Compound growth per point, exp(slope of log values) − 1; nil unless every value is positive.
    public let growthPerPoint: Double?
    /// The significance test of a monotone trend.
    public let mannKendall: MannKendall

    /// Fits the values present (deseasonalized by `decomposition`, if given); nil with fewer than three.
    public init?(_ series: TimeSeries, decomposition: Decomposition? = nil) {
        var positions: [Double] = [], values: [Double] = []
        positions.reserveCapacity(series.count)
        values.reserveCapacity(series.count)
        for (index, value) in series.values.enumerated() {
            guard let value else { continue }
            positions.append(Double(index))
            values.append(decomposition?.deseasonalized(value, at: index) ?? value)
        }
        guard let fit = LinearRegression(x: positions, y: values), let test = MannKendall(values) else { return nil }
        slope = fit.slope
        intercept = fit.intercept
        rSquared = fit.rSquared
        growthPerPoint = values.allSatisfy { $0 > 0 }
            ? LinearRegression(x: positions, y: values.map { log($0) }).map { exp($0.slope) - 1 } : nil
        mannKendall = test
    }

    /// Whether Mann–Kendall rejects "no trend" at the 5% level.
    public var isSignificant: Bool { mannKendall.pValue < 0.05 }
}
