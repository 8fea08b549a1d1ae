import BICore
import Foundation

/// A robust split of a series into trend, seasonal and remainder parts.
///
/// Positive series are decomposed on the log scale, so seasonal swings and noise are relative
/// (multiplicative) and a remainder of −3.2 reads as "4% of expected"; so are series that are
/// positive but for a few zeros (a day without sales), with a small ``offset`` added first.
/// Series with negatives or many zeros are decomposed as they are. Gaps are interpolated first.
///
/// It starts from running medians: the trend over about a month of days or a year of months
/// (see ``Frequency``), then each season's value over the same season of the nearest 11
/// cycles. Medians outvote short runs of wild values, so a dead week or a one-day spike stays
/// in the remainder instead of bending the trend or the seasonal pattern, as it would with
/// moving averages or a single STL pass. Medians also snap to single points, which would make
/// remainders look too regular; so, as in STL's robustness iterations, both parts are then
/// refitted by weighted LOESS (local means for the seasons, as R's `stl` does by default,
/// local lines for the trend) with bisquare weights from the median remainder, which leave the
/// wild values out. Each point's fit leaves the point itself out, so its remainder is an
/// honest prediction error. Daily series of two years or more also get calendar-month levels
/// (see ``MonthEffects``), so the step from December to January is not mistaken for anomalies.
///
/// ```swift
/// let parts = Decomposition(series)!
/// parts.expected(at: 10)   // what point 10 would be without its remainder
/// ```
public struct Decomposition: Hashable, Sendable {
    /// The scale the parts add up on: logs for positive series, the values themselves otherwise.
    public enum Scale: String, Hashable, Sendable, Codable { case logarithmic, linear }

    /// Logarithmic for positive series, linear otherwise.
    public let scale: Scale
    /// Added to every value before taking logs: 0 for a positive series; for one that is positive
    /// but for at most 5% zeros, 1% of its median, so a zero is a deep drop on the log scale
    /// instead of a reason to give up relative seasons. 0 on the linear scale.
    public let offset: Double
    /// The season length used, or nil when the series is too short for one or has none.
    public let period: Int?
    /// Parts on the working scale (logs for ``Scale/logarithmic``):
    /// value = trend + seasonal + month level + remainder.
    public let trend: [Double]
    /// The repeating pattern of `period` points (zero without a period).
    public let seasonal: [Double]
    /// What trend, season and month levels leave unexplained: value − the other parts.
    public let remainder: [Double]
    /// For daily series of two years or more, the level of each calendar month (January first)
    /// on the working scale; see ``MonthEffects``.
    public let monthLevels: [Double]?
    /// Each point's month level, or nil without month levels.
    let monthly: [Double]?
    /// Remainders beyond this are wild: the bisquare cutoff h (about four robust standard deviations).
    let wildness: Double

    /// Cycles on each side that a season's running median reaches over.
    static let seasonalReach = 5

    /// Decomposes `series` with `period` (default: the frequency's season, when at least two
    /// cycles are present); nil for a series with no values.
    public init?(_ series: TimeSeries, period: Int? = nil) {
        guard let filled = series.filled() else { return nil }
        let candidate = period ?? series.axis.frequency.seasonPeriod
        let usable = candidate.flatMap { $0 >= 2 && filled.count >= 2 * $0 ? $0 : nil }
        let (scale, offset) = Decomposition.scale(of: filled)
        (self.scale, self.offset) = (scale, offset)
        let working = scale == .logarithmic ? filled.map { log($0 + offset) } : filled
        let window = series.axis.frequency.trendWindow(period: usable)
        let seasonalWindow = 2 * Decomposition.seasonalReach + 1
        // Robust start: running medians, which outvote runs of wild values.
        var trend = RollingMedian.smooth(working, window: window)
        let detrended = zip(working, trend).map { $0 - $1 }
        var seasonal = [Double](repeating: 0, count: working.count)
        if let usable {
            seasonal = Subseries.map(count: working.count, period: usable) {
                RollingMedian.smooth($0.map { detrended[$0] }, window: seasonalWindow)
            }
        }
        // Refinement: weighted LOESS fits that give the wild values of the start no weight.
        let rough = zip(detrended, seasonal).map { $0 - $1 }
        wildness = 6 * (Descriptive.median(rough.map(abs)) ?? 0)
        let weights = Decomposition.robustnessWeights(rough, cutoff: wildness)
        if let usable {
            let start = seasonal
            seasonal = Subseries.map(count: working.count, period: usable) { indexes in
                LocalRegression.smooth(indexes.map { detrended[$0] }, weights: indexes.map { weights[$0] },
                                       window: seasonalWindow, linear: false, fallback: indexes.map { start[$0] })
            }
        }
        var deseasonalized = zip(working, seasonal).map { $0 - $1 }
        monthLevels = MonthEffects.levels(of: deseasonalized, weights: weights, axis: series.axis)
        if let monthLevels {
            let monthly = series.axis.calendarMonths(count: working.count).map { monthLevels[$0 % 12] }
            deseasonalized = zip(deseasonalized, monthly).map { $0 - $1 }
            self.monthly = monthly
        } else {
            monthly = nil
        }
        trend = LocalRegression.smooth(deseasonalized, weights: weights, window: window, linear: true, fallback: trend)
        self.period = usable
        self.trend = trend
        self.seasonal = seasonal
        remainder = zip(deseasonalized, trend).map { $0 - $1 }
    }

    /// Logarithmic (with its offset) for values that are positive, or non-negative with at most
    /// 5% zeros and a positive median; linear otherwise.
    private static func scale(of values: [Double]) -> (Scale, offset: Double) {
        let zeros = values.count { $0 == 0 }
        guard values.allSatisfy({ $0 >= 0 }), Double(zeros) <= 0.05 * Double(values.count),
              let median = Descriptive.median(values.filter { $0 > 0 }) else { return (.linear, 0) }
        return (.logarithmic, zeros == 0 ? 0 : 0.01 * median)
    }

    /// STL's bisquare robustness weights: (1 − (r/h)²)² with the cutoff h six times the median
    /// |r|, so remainders beyond h count for nothing.
    static func robustnessWeights(_ remainder: [Double], cutoff h: Double) -> [Double] {
        guard h > 0 else { return remainder.map { $0 == 0 ? 1 : 0 } }
        return remainder.map { r in
            let u = abs(r) / h
            return u < 1 ? (1 - u * u) * (1 - u * u) : 0
        }
    }

    /// `value` with the level of calendar `month` (0 for January) taken out (`removing`) or put
    /// back, in the data's units; unchanged without month levels. Forecasts use it to carry the
    /// yearly shape of daily data that a weekly Holt–Winters model cannot see.
    public func adjusting(_ value: Double, month: Int, removing: Bool) -> Double {
        guard let monthLevels else { return value }
        let level = monthLevels[month] * (removing ? -1 : 1)
        return scale == .logarithmic ? (value + offset) * exp(level) - offset : value + level
    }

    /// The value expected at `index` from trend, season and month alone, in the data's units.
    public func expected(at index: Int) -> Double {
        let value = trend[index] + seasonal[index] + (monthly?[index] ?? 0)
        return scale == .logarithmic ? exp(value) - offset : value
    }

    /// How much of the variation around trend (and month levels) is the `period` pattern, 0…1:
    /// max(0, 1 − Var(R)/Var(S + R)) (Wang, Smith & Hyndman 2006), with remainders clipped at
    /// the bisquare cutoff (about four robust standard deviations) so a few anomalies do not
    /// hide a pattern. Above 0.6 reads as strong, above 0.3 as moderate.
    public var seasonalStrength: Double {
        guard period != nil else { return 0 }
        let clipped = wildness > 0 ? remainder.map { min(max($0, -wildness), wildness) } : remainder
        guard let total = Descriptive.variance(zip(seasonal, clipped).map { $0 + $1 }), total > 0,
              let noise = Descriptive.variance(clipped) else { return 0 }
        return max(0, 1 - noise / total)
    }
}
