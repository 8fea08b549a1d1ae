import BICore

extension TimeExpressionParser {
    /// Periods relative to today: "today", "yesterday", "this month", "last quarter", "the last 30 days",
    /// "past week", "year to date", "3 months ago".
    func relative(at index: Int) -> (Int, TimePoint)? {
        func word(_ offset: Int) -> String? { index + offset < tokens.count ? tokens[index + offset].lower : nil }
        func unit(_ offset: Int) -> CalendarUnit? { word(offset).flatMap { TimePoint.units[$0] } }
        let today = DayExpression(.today)
        switch word(0) {
        case "today":
            return (1, fixed(today, today.adding(1, .day), .day))
        case "yesterday":
            return (1, fixed(today.adding(-1, .day), today, .day))
        case "ytd", "mtd", "qtd", "wtd":
            let unit: CalendarUnit = ["ytd": .year, "mtd": .month, "qtd": .quarter, "wtd": .week][word(0)!]!
            return (1, fixed(DayExpression(.startOf(unit)), today.adding(1, .day), nil))
        case "this", "current":
            guard let unit = unit(1), unit != .day else { return nil }
            if word(2) == "to", word(3) == "date" { return (4, toDate(unit)) }
            if word(2) == "so", word(3) == "far" { return (4, toDate(unit)) }
            return (2, calendar(unit, offset: 0))
        case "the":
            guard let (length, point) = relative(at: index + 1), ["last", "past", "previous", "prior", "current", "preceding"].contains(word(1) ?? "") else {
                return nil
            }
            // "the past month" is the month up to today; "the last month", like "last month", the calendar month before this one.
            if length == 2, let unit = unit(2), ["past", "trailing", "recent"].contains(word(1) ?? "") { return (3, rolling(1, unit)) }
            return (1 + length, point)
        case "last", "previous", "prior", "past", "trailing", "preceding", "recent":
            if let count = index + 1 < tokens.count ? tokens[index + 1].count : nil, let unit = unit(2) {
                return (3, rolling(count, unit))
            }
            guard let unit = unit(1) else { return nil }
            if ["past", "trailing", "recent"].contains(word(0)!) { return (2, rolling(1, unit)) }
            return (2, calendar(unit, offset: -1))
        default:
            break
        }
        if let unit = CalendarUnit(rawValue: word(0) ?? ""), word(1) == "to", word(2) == "date" {
            return (3, toDate(unit))
        }
        if let count = tokens[index].count, let unit = unit(1), word(2) == "ago" {
            return (3, calendar(unit, offset: -count))
        }
        return nil
    }

    private func fixed(_ start: DayExpression, _ end: DayExpression, _ unit: CalendarUnit?) -> TimePoint {
        TimePoint(kind: .fixed(start: start, end: end, unit: unit))
    }

    /// The calendar `unit` `offset` units from the current one: this month (0), last month (-1).
    private func calendar(_ unit: CalendarUnit, offset: Int) -> TimePoint {
        let start = unit == .day ? DayExpression(.today).adding(offset, .day) : DayExpression(.startOf(unit)).adding(offset, unit)
        return fixed(start, start.adding(1, unit), unit)
    }

    /// The `count` units up to and including today: the last 7 days are today and the 6 before.
    private func rolling(_ count: Int, _ unit: CalendarUnit) -> TimePoint {
        let end = DayExpression(.today).adding(1, .day)
        return fixed(DayExpression(.today, [.init(-count, unit), .init(1, .day)]), end, nil)
    }

    /// From the start of the current `unit` to today.
    private func toDate(_ unit: CalendarUnit) -> TimePoint {
        fixed(DayExpression(.startOf(unit)), DayExpression(.today).adding(1, .day), nil)
    }
}
