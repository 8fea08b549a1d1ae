/// A day named relative to today, so SQL compiled from "last month" stays right as time passes.
///
/// Written as an anchor and offsets: `month-1m` is the first day of last month, `today-6d` six days
/// ago, `year` the first of January this year, `month:3+1m` the first of April after the latest
/// March, `2024-07-01` a fixed day.
///
/// ```swift
/// let start = DayExpression(parsing: "month-1m")!
/// start.resolve(today: Day(iso: "2025-12-15")!)   // 2025-11-01
/// ```
public struct DayExpression: Hashable, Sendable, CustomStringConvertible {
    public enum Anchor: Hashable, Sendable {
        case fixed(Day)
        case today
        /// The first day of the current week, month, quarter or year.
        case startOf(CalendarUnit)
        /// The first day of the most recent month with this number (1–12) that began on or before today.
        case latestMonth(Int)
    }

    public var anchor: Anchor
    /// Added to the anchor in order.
    public var offsets: [Offset]

    public struct Offset: Hashable, Sendable {
        public var count: Int
        public var unit: CalendarUnit

        public init(_ count: Int, _ unit: CalendarUnit) {
            self.count = count
            self.unit = unit
        }
    }

    public init(_ anchor: Anchor, _ offsets: [Offset] = []) {
        self.anchor = anchor
        self.offsets = offsets.filter { $0.count != 0 }
    }

    /// This expression moved by `count` units more.
    public func adding(_ count: Int, _ unit: CalendarUnit) -> DayExpression {
        DayExpression(anchor, offsets + [Offset(count, unit)])
    }

    /// Whether the day depends on today.
    public var isRelative: Bool {
        if case .fixed = anchor { return false }
        return true
    }

    public func resolve(today: Day) -> Day {
        var day: Day
        switch anchor {
        case .fixed(let fixed): day = fixed
        case .today: day = today
        case .startOf(let unit): day = today.start(of: unit)
        case .latestMonth(let month):
            day = Day(year: month <= today.month ? today.year : today.year - 1, month: month, day: 1)!
        }
        for offset in offsets { day = day.adding(offset.count, offset.unit) }
        return day
    }

    public var description: String {
        var text: String
        switch anchor {
        case .fixed(let day): text = day.description
        case .today: text = "today"
        case .startOf(let unit): text = unit.rawValue
        case .latestMonth(let month): text = "month:" + String(month)
        }
        for offset in offsets { text += (offset.count < 0 ? "-" : "+") + String(abs(offset.count)) + String(offset.unit.letter) }
        return text
    }

    /// Parses the text ``description`` writes; nil for anything else.
    public init?(parsing text: String) {
        let head = String(text[..<(DayExpression.offsetStart(in: text) ?? text.endIndex)])
        let anchor: Anchor
        if let day = Day(iso: head) {
            anchor = .fixed(day)
        } else if head == "today" {
            anchor = .today
        } else if let unit = CalendarUnit(rawValue: head), unit != .day {
            anchor = .startOf(unit)
        } else if head.hasPrefix("month:"), let month = Int(head.dropFirst(6)), (1...12).contains(month) {
            anchor = .latestMonth(month)
        } else {
            return nil
        }
        var offsets: [Offset] = []
        var rest = text.dropFirst(head.count)
        while let sign = rest.first {
            guard sign == "+" || sign == "-" else { return nil }
            let digits = rest.dropFirst().prefix { $0.isASCII && $0.isNumber }
            guard let count = Int(digits), let letter = rest.dropFirst(1 + digits.count).first,
                  let unit = CalendarUnit.allCases.first(where: { $0.letter == letter }) else { return nil }
            offsets.append(Offset(sign == "-" ? -count : count, unit))
            rest = rest.dropFirst(2 + digits.count)
        }
        self.init(anchor, offsets)
    }

    /// Where the offsets begin: the first `+` or `-` after the anchor (an ISO day's dashes are part of it).
    private static func offsetStart(in text: String) -> String.Index? {
        let skip = Day(iso: String(text.prefix(10))) != nil ? 10 : 0
        return text.dropFirst(skip).firstIndex { $0 == "+" || $0 == "-" }
    }
}
