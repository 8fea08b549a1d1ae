import BICore
import Foundation

/// The seasonal pattern of a series: how strong it is and which part of the cycle is high or low.
///
/// Effects are measured against the average of the cycle (0.18: 18% above average), on the
/// last (up to) 11 cycles of a ``Decomposition``'s seasonal part: the span one season's value
/// is smoothed over.
///
/// ```swift
/// let season = Seasonality(Decomposition(daily)!, axis: daily.axis)!
/// season.peak.name     // "Saturdays"
/// season.peak.effect   // 0.18
/// ```
public struct Seasonality: Hashable, Sendable, Codable {
    /// One position in the cycle.
    public struct Phase: Hashable, Sendable, Codable {
        /// "Saturdays", "December", "Q4", "week 51", "position 3".
        public let name: String
        /// Against the cycle's average: relative (0.18 is 18% above) when ``Seasonality/isRelative``,
        /// else in the data's units.
        public let effect: Double
    }

    /// Points per cycle.
    public let period: Int
    /// Whether effects are ratios (positive data, decomposed on the log scale) or amounts.
    public let isRelative: Bool
    /// Share of non-trend variation that is seasonal, 0…1 (see ``Decomposition/seasonalStrength``).
    public let strength: Double
    /// Every phase of the cycle, in cycle order starting with the first point of the series.
    public let phases: [Phase]

    /// The phase furthest above average.
    public var peak: Phase { phases.max { $0.effect < $1.effect }! }
    /// The phase furthest below average.
    public var trough: Phase { phases.min { $0.effect < $1.effect }! }

    /// "strong" (strength ≥ 0.6), "moderate" (≥ 0.3) or "weak".
    public var strengthWord: String { strength >= 0.6 ? "strong" : (strength >= 0.3 ? "moderate" : "weak") }

    /// The cycle's name: "weekly" for 7 days, "yearly" for 12 months, 52 weeks or 4 quarters.
    public func cycleName(for frequency: Frequency) -> String {
        switch (frequency, period) {
        case (.daily, 7), (.businessDaily, 5): "weekly"
        case (.weekly, 52), (.monthly, 12), (.quarterly, 4): "yearly"
        default: "\(period)-\(frequency.unit)"
        }
    }

    /// The pattern of `decomposition` (of a series on `axis`); nil when it has no season.
    public init?(_ decomposition: Decomposition, axis: TimeAxis) {
        guard let period = decomposition.period else { return nil }
        let count = decomposition.seasonal.count
        let cycles = min(2 * Decomposition.seasonalReach + 1, count / period)
        let start = count - cycles * period
        var raw = [Double](repeating: 0, count: period)
        for index in start..<count { raw[index % period] += decomposition.seasonal[index] / Double(cycles) }
        let center = Descriptive.mean(raw)!
        let isRelative = decomposition.scale == .logarithmic
        let effects = raw.map { isRelative ? exp($0 - center) - 1 : $0 - center }
        self.isRelative = isRelative
        self.period = period
        strength = decomposition.seasonalStrength
        phases = (0..<period).map { phase in
            let index = start + (phase - start % period + period) % period
            return Phase(name: Seasonality.name(ofPointAt: index, axis: axis, period: period), effect: effects[phase])
        }
    }

    private static func name(ofPointAt index: Int, axis: TimeAxis, period: Int) -> String {
        guard let day = axis.day(at: index) else { return "position \(index % period + 1)" }
        switch (axis.frequency, period) {
        case (.daily, 7), (.businessDaily, 5): return Phrase.weekdayNames[day.weekday - 1] + "s"
        case (.monthly, 12): return Phrase.monthNames[day.month - 1]
        case (.quarterly, 4): return "Q\(day.quarter)"
        case (.weekly, 52): return "week \(day.isoWeek.week)"
        default: return "position \(index % period + 1)"
        }
    }
}
