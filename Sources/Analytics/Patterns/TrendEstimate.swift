import Foundation

/// The trend of a series: its least-squares slope (and, for positive values, the compound growth
/// rate from a least-squares line through their logarithms), and whether a monotone trend is
/// significant by the Mann–Kendall test.
///
/// Given a ``Decomposition``, the values are deseasonalized first (trend plus remainder), so a
/// year that always ends high does not pass for growth.
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
    /// Compound growth per point, exp(slope of log values) − 1 (logs of value + the decomposition's
    /// ``Decomposition/offset``); nil unless the values were decomposed on the log scale, or without
    /// a decomposition, unless every value is positive.
    public let growthPerPoint: Double?
    /// The significance test of a monotone trend.
    public let mannKendall: MannKendall

    /// Fits the values present (deseasonalized by `decomposition`, if given); nil with fewer than three.
    public init?(_ series: TimeSeries, decomposition: Decomposition? = nil) {
        let present = series.values.indices.filter { series.values[$0] != nil }
        let positions = present.map(Double.init)
        // Values and, for positive series, their logs; the decomposition has the logs already.
        var values: [Double], logs: [Double]?
        if let decomposition {
            let adjusted = present.map { decomposition.trend[$0] + decomposition.remainder[$0] }
            let logarithmic = decomposition.scale == .logarithmic
            (values, logs) = (logarithmic ? adjusted.map { exp($0) - decomposition.offset } : adjusted, logarithmic ? adjusted : nil)
        } else {
            values = present.map { series.values[$0]! }
            logs = values.allSatisfy { $0 > 0 } ? values.map { log($0) } : nil
        }
        // Mann–Kendall only compares values, so the logs give the same test.
        guard let fit = LinearRegression(x: positions, y: values), let test = MannKendall(logs ?? values) else { return nil }
        slope = fit.slope
        intercept = fit.intercept
        rSquared = fit.rSquared
        growthPerPoint = logs.flatMap { LinearRegression(x: positions, y: $0) }.map { exp($0.slope) - 1 }
        mannKendall = test
    }

    /// Whether Mann–Kendall rejects "no trend" at the 5% level.
    public var isSignificant: Bool { mannKendall.pValue < 0.05 }
}
