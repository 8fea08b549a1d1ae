import BICore

/// A period a question names on its own ("March 2024", "Q3", "last month"), before ranges
/// ("between March and May") combine two of them.
struct TimePoint: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// A month (1–12), a day of a month, a quarter (1–4) or a half (1–2), in `year` or else the most recent one.
        case month(Int, year: Int?)
        case day(month: Int, day: Int, year: Int?)
        case quarter(Int, year: Int?)
        case half(Int, year: Int?)
        /// A period with known bounds: a year, an ISO day, "last month".
        case fixed(start: DayExpression, end: DayExpression, unit: CalendarUnit?)
    }

    var kind: Kind

    var year: Int? {
        switch kind {
        case .month(_, let year), .day(_, _, let year), .quarter(_, let year), .half(_, let year): year
        case .fixed: nil
        }
    }

    /// The same point in `year`, when it was written without one ("March" in "March to May 2024").
    func inYear(_ year: Int) -> TimePoint {
        switch kind {
        case .month(let month, nil): TimePoint(kind: .month(month, year: year))
        case .day(let month, let day, nil): TimePoint(kind: .day(month: month, day: day, year: year))
        case .quarter(let quarter, nil): TimePoint(kind: .quarter(quarter, year: year))
        case .half(let half, nil): TimePoint(kind: .half(half, year: year))
        default: self
        }
    }

    var start: DayExpression { bounds.start }
    var end: DayExpression { bounds.end }
    var unit: CalendarUnit? { bounds.unit }

    private var bounds: (start: DayExpression, end: DayExpression, unit: CalendarUnit?) {
        switch kind {
        case .month(let month, let year):
            let start = TimePoint.monthStart(month, year)
            return (start, start.adding(1, .month), .month)
        case .day(let month, let day, let year):
            let start = TimePoint.monthStart(month, year).adding(day - 1, .day)
            return (start, start.adding(1, .day), .day)
        case .quarter(let quarter, let year):
            let start = TimePoint.monthStart(3 * quarter - 2, year)
            return (start, start.adding(1, .quarter), .quarter)
        case .half(let half, let year):
            let start = TimePoint.monthStart(6 * half - 5, year)
            return (start, start.adding(6, .month), nil)
        case .fixed(let start, let end, let unit):
            return (start, end, unit)
        }
    }

    private static func monthStart(_ month: Int, _ year: Int?) -> DayExpression {
        if let year, let day = Day(year: year, month: month, day: 1) { return DayExpression(.fixed(day)) }
        return DayExpression(.latestMonth(month))
    }

    static let monthNames: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6,
        "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10,
        "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    static let ordinals: [String: Int] = ["first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4]

    static let units: [String: CalendarUnit] = [
        "day": .day, "days": .day, "week": .week, "weeks": .week, "wk": .week, "wks": .week, "month": .month, "months": .month,
        "mo": .month, "mos": .month, "quarter": .quarter, "quarters": .quarter, "qtr": .quarter, "qtrs": .quarter,
        "year": .year, "years": .year, "yr": .year, "yrs": .year,
    ]
}
