/// A calendar period: the unit of time buckets ("by month") and of relative days ("last 3 weeks").
///
/// Buckets are labelled the same way everywhere: day `2025-11-03`, ISO week `2025-W45`,
/// month `2025-11`, quarter `2025-Q4`, year `2025`.
public enum CalendarUnit: String, Hashable, Sendable, CaseIterable, Codable {
    case day, week, month, quarter, year

    /// The one-letter form used in ``DayExpression`` text: `d`, `w`, `m`, `q`, `y`.
    public var letter: Character {
        switch self {
        case .day: "d"
        case .week: "w"
        case .month: "m"
        case .quarter: "q"
        case .year: "y"
        }
    }

    /// The label of the bucket holding `day`: `2025-11-03`, `2025-W45`, `2025-11`, `2025-Q4`, `2025`.
    public func label(of day: Day) -> String {
        switch self {
        case .day: day.description
        case .week: Day.pad(day.isoWeek.year, 4) + "-W" + Day.pad(day.isoWeek.week, 2)
        case .month: Day.pad(day.year, 4) + "-" + Day.pad(day.month, 2)
        case .quarter: Day.pad(day.year, 4) + "-Q" + String(day.quarter)
        case .year: Day.pad(day.year, 4)
        }
    }
}

extension Day {
    /// The first day of the `unit` holding this day (weeks start on Monday).
    public func start(of unit: CalendarUnit) -> Day {
        switch unit {
        case .day: self
        case .week: startOfWeek
        case .month: startOfMonth
        case .quarter: startOfQuarter
        case .year: startOfYear
        }
    }

    /// Moves by whole units; months, quarters and years clamp the day to the month's length.
    public func adding(_ count: Int, _ unit: CalendarUnit) -> Day {
        switch unit {
        case .day: adding(days: count)
        case .week: adding(days: 7 * count)
        case .month: adding(months: count)
        case .quarter: adding(months: 3 * count)
        case .year: adding(months: 12 * count)
        }
    }
}
