import BICore

/// The x axis of a regular series: where point `i` sits, and its label, also past the end
/// (for forecasts).
///
/// ```swift
/// let axis = TimeAxis(frequency: .monthly, start: Day(iso: "2025-11-01")!, monthLabels: true, count: 2)
/// axis.label(at: 2)   // "2026-01"
/// ```
public struct TimeAxis: Hashable, Sendable {
    /// The spacing of the points.
    public let frequency: Frequency
    /// Points on the axis.
    public let count: Int
    private let origin: Origin

    private enum Origin: Hashable, Sendable {
        case calendar(Day, monthLabels: Bool)
        case numbers(labels: [String], last: Double, step: Double)
        case labels([String])
    }

    /// A calendar axis starting at `start`; `monthLabels` writes `YYYY-MM` instead of ISO days.
    public init(frequency: Frequency, start: Day, monthLabels: Bool = false, count: Int) {
        precondition(frequency.isCalendar, "a calendar axis needs a calendar frequency")
        self.frequency = frequency
        self.count = count
        origin = .calendar(start, monthLabels: monthLabels)
    }

    /// A numeric axis with the given labels, continued past the end in steps of `step`.
    public init(numbers labels: [String], last: Double, step: Double) {
        frequency = .numeric
        count = labels.count
        origin = .numbers(labels: labels, last: last, step: step)
    }

    /// Labels in order; forecasts are labelled `+1`, `+2`, ….
    public init(labels: [String]) {
        frequency = .ordinal
        count = labels.count
        origin = .labels(labels)
    }

    /// The calendar day of point `index` (the first day of its week, month, …); nil off the calendar.
    public func day(at index: Int) -> Day? {
        guard case .calendar(let start, _) = origin else { return nil }
        if frequency == .businessDaily {
            let offset = start.weekday - 1 + index
            let weeks = offset >= 0 ? offset / 5 : (offset - 4) / 5
            return start.startOfWeek.adding(days: 7 * weeks + offset - 5 * weeks)
        }
        let step = frequency.step
        return step.months == 0 ? start.adding(days: index * step.days) : start.adding(months: index * step.months)
    }

    /// The label of point `index`; indexes at or past `count` continue the axis.
    public func label(at index: Int) -> String {
        switch origin {
        case .calendar(_, let monthLabels):
            let text = day(at: index)!.description
            return monthLabels ? String(text.prefix(7)) : text
        case .numbers(let labels, let last, let step):
            return index < labels.count ? labels[index] : (last + Double(index - labels.count + 1) * step).shortestText
        case .labels(let labels):
            return index < labels.count ? labels[index] : "+\(index - labels.count + 1)"
        }
    }

    /// The calendar month of each of the first `count` points (which may run past the end),
    /// counted from year 0: year · 12 + month − 1. Daily axes step through the calendar instead
    /// of converting every day.
    func calendarMonths(count: Int) -> [Int] {
        guard frequency == .daily, let first = day(at: 0) else {
            return (0..<count).map { index in day(at: index).map { $0.year * 12 + $0.month - 1 } ?? 0 }
        }
        var months = [Int](repeating: 0, count: count)
        var (year, month, dayOfMonth) = (first.year, first.month, first.day)
        for index in 0..<count {
            months[index] = year * 12 + month - 1
            dayOfMonth += 1
            if dayOfMonth > Day.length(ofMonth: month, in: year) {
                dayOfMonth = 1
                month = month % 12 + 1
                if month == 1 { year += 1 }
            }
        }
        return months
    }

    /// The points whose day lies in `first...last` (calendar axes; empty otherwise).
    func indices(from first: Day, through last: Day) -> Range<Int> {
        guard frequency.isCalendar, count > 0 else { return 0..<0 }
        let lower = partitionPoint { day(at: $0)! >= first }
        let upper = partitionPoint { day(at: $0)! > last }
        return lower..<max(lower, upper)
    }

    /// The first index in 0...count where `isAfter` holds, for a predicate that flips once.
    private func partitionPoint(_ isAfter: (Int) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if isAfter(middle) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
