/// How far apart consecutive points of a series are, detected from its x labels.
public enum Frequency: String, Hashable, Sendable, Codable, CaseIterable {
    case daily
    /// Monday to Friday only: no label ever falls on a weekend.
    case businessDaily = "business-daily"
    case weekly, monthly, quarterly, yearly
    /// Numbers on the x axis, taken as evenly spaced.
    case numeric
    /// Labels taken in the order given.
    case ordinal

    /// The seasonal cycle in points: a week of days, a year of weeks, months or quarters.
    /// Nil where the calendar suggests none (yearly, numbers, labels).
    public var seasonPeriod: Int? {
        switch self {
        case .daily: 7
        case .businessDaily: 5
        case .weekly: 52
        case .monthly: 12
        case .quarterly: 4
        case .yearly, .numeric, .ordinal: nil
        }
    }

    /// The unit one step moves by, for sentences: "day", "month", …; "period" off the calendar.
    public var unit: String {
        switch self {
        case .daily: "day"
        case .businessDaily: "business day"
        case .weekly: "week"
        case .monthly: "month"
        case .quarterly: "quarter"
        case .yearly: "year"
        case .numeric, .ordinal: "period"
        }
    }

    var isCalendar: Bool { self != .numeric && self != .ordinal }

    var isDaily: Bool { self == .daily || self == .businessDaily }

    /// Points in an average month (30.4 days, 21.7 business days, 4.3 weeks), for daily and weekly data.
    var pointsPerMonth: Double? {
        switch self {
        case .daily: 30.436_875
        case .businessDaily: 30.436_875 * 5 / 7
        case .weekly: 30.436_875 / 7
        default: nil
        }
    }

    /// The calendar step: days for daily and weekly data (business days skip weekends), months
    /// for the rest.
    var step: (days: Int, months: Int) {
        switch self {
        case .daily, .businessDaily: (1, 0)
        case .weekly: (7, 0)
        case .monthly: (0, 1)
        case .quarterly: (0, 3)
        case .yearly: (0, 12)
        case .numeric, .ordinal: (0, 0)
        }
    }

    /// Points spanned by the trend's running median and LOESS in the decomposition: about a
    /// month of days (so a dead week is outvoted), a quarter of weeks, a year of months, and
    /// never less than a full season plus one (so the trend cannot follow the season).
    func trendWindow(period: Int?) -> Int {
        let base = switch self {
        case .daily: 29
        case .businessDaily: 21
        case .weekly, .monthly: 13
        case .quarterly, .numeric, .ordinal: 9
        case .yearly: 7
        }
        return max(base, (period ?? 0) + 1) | 1
    }
}
