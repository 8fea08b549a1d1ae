import BICore

/// One period of a series compared with an earlier one: this year against last year, the year
/// so far against the same days a year before, the latest month against the same month a year
/// before (or the one before it).
///
/// ```swift
/// let comparisons = PeriodComparison.comparisons(in: monthly, aggregation: .sum)
/// comparisons[0].kind      // .yearOverYear
/// comparisons[0].change    // 0.22: up 22%
/// ```
public struct PeriodComparison: Hashable, Sendable, Codable {
    /// Which periods are compared.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// The last complete calendar year against the one before.
        case yearOverYear
        /// The last, incomplete year so far against the same stretch a year earlier.
        case yearToDate
        /// The latest complete period (a month, quarter, year or point) against the same
        /// period a year earlier, or else the period before it.
        case latestPeriod
    }

    /// Which periods are compared.
    public let kind: Kind
    /// The periods in words: "2025", "June 2025", "the year to 2025-06-10", or x labels off the calendar.
    public let currentName: String, previousName: String
    /// The combined values of the two periods (see ``Aggregation``).
    public let current: Double, previous: Double
    /// The points of the current period, and of the period it is compared with.
    public let currentRange: Range<Int>, previousRange: Range<Int>

    /// current / previous − 1; nil when previous is 0.
    public var change: Double? { previous != 0 ? current / previous - 1 : nil }

    /// The comparisons the series supports, each needing both periods to be covered by the data.
    public static func comparisons(in series: TimeSeries, aggregation: Aggregation) -> [PeriodComparison] {
        guard let last = series.lastPresentIndex, let first = series.values.firstIndex(where: { $0 != nil }) else { return [] }
        let calendar = CalendarWindow(series: series, aggregation: aggregation, first: first, last: last)
        return [calendar?.year(), calendar?.latest() ?? pointOverPoint(series, last: last)].compactMap { $0 }
    }

    /// The last point against the one before it, for series off the calendar or yearly.
    private static func pointOverPoint(_ series: TimeSeries, last: Int) -> PeriodComparison? {
        guard last >= 1, let current = series.values[last], let previous = series.values[last - 1] else { return nil }
        return PeriodComparison(kind: .latestPeriod, currentName: series.axis.label(at: last),
                                previousName: series.axis.label(at: last - 1), current: current, previous: previous,
                                currentRange: last..<(last + 1), previousRange: (last - 1)..<last)
    }
}

/// Calendar arithmetic over a series' axis for the comparisons.
private struct CalendarWindow {
    let series: TimeSeries, aggregation: Aggregation
    let first: Int, last: Int
    let lastDay: Day

    init?(series: TimeSeries, aggregation: Aggregation, first: Int, last: Int) {
        guard series.axis.frequency.isCalendar, let lastDay = series.axis.day(at: last) else { return nil }
        (self.series, self.aggregation, self.first, self.last, self.lastDay) = (series, aggregation, first, last, lastDay)
    }

    /// Whether the data reach back to `day`: the point before the first lies before it.
    func covers(from day: Day) -> Bool { series.axis.day(at: first - 1)! < day }

    /// Whether the data run through `day`: the point after the last lies after it.
    func covers(through day: Day) -> Bool { series.axis.day(at: last + 1)! > day }

    func compare(_ kind: PeriodComparison.Kind, _ current: (Day, Day, String), _ previous: (Day, Day, String)) -> PeriodComparison? {
        let axis = series.axis
        let currentRange = axis.indices(from: current.0, through: current.1)
        let previousRange = axis.indices(from: previous.0, through: previous.1)
        guard covers(from: previous.0), covers(through: current.1),
              let now = aggregation.combine(series.values[currentRange]),
              let before = aggregation.combine(series.values[previousRange]) else { return nil }
        return PeriodComparison(kind: kind, currentName: current.2, previousName: previous.2, current: now,
                                previous: before, currentRange: currentRange, previousRange: previousRange)
    }

    func year() -> PeriodComparison? {
        guard series.axis.frequency != .yearly else { return nil }
        let year = lastDay.year
        let start = Day(year: year, month: 1, day: 1)!, end = Day(year: year, month: 12, day: 31)!
        if covers(through: end) {
            return compare(.yearOverYear, (start, end, String(year)),
                           (start.adding(years: -1), end.adding(years: -1), String(year - 1)))
        }
        return compare(.yearToDate, (start, lastDay, "the year to \(lastDay)"),
                       (start.adding(years: -1), lastDay.adding(years: -1), "the same days of \(year - 1)"))
    }

    func latest() -> PeriodComparison? {
        let frequency = series.axis.frequency
        let months = frequency.pointsPerMonth != nil ? 1 : frequency.step.months
        let unit = frequency.pointsPerMonth != nil ? Frequency.monthly : frequency
        var start = lastDay.startOfMonth.adding(months: -((lastDay.month - 1) % months))
        if !covers(through: start.adding(months: months).adding(days: -1)) { start = start.adding(months: -months) }
        let end = start.adding(months: months).adding(days: -1)
        let current = (start, end, Phrase.period(start, unit))
        let yearAgo = (start.adding(years: -1), end.adding(years: -1), Phrase.period(start.adding(years: -1), unit))
        if let comparison = compare(.latestPeriod, current, yearAgo), months < 12 { return comparison }
        let before = start.adding(months: -months)
        return compare(.latestPeriod, current, (before, start.adding(days: -1), Phrase.period(before, unit)))
    }
}
