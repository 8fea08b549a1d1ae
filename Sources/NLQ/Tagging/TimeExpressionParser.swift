import BICore

/// Finds time expressions in a question and turns them into ranges of days relative to today:
/// today, yesterday, this/last week, month, quarter, year, year to date, the last N days/weeks/months,
/// named months and quarters with or without a year, ISO days, between two dates, since a date.
struct TimeExpressionParser {
    let tokens: [Token]

    /// The time expression starting at `index`: how many tokens it spans and the range it names.
    func match(at index: Int) -> (length: Int, range: TimeRange)? {
        guard index < tokens.count else { return nil }
        let word = tokens[index].lower
        switch word {
        case "between", "from":
            if let (firstLength, first) = point(at: index + 1), index + 1 + firstLength < tokens.count,
               ["and", "to", "until", "till", "through", "thru"].contains(tokens[index + 1 + firstLength].lower),
               let (secondLength, second) = point(at: index + 2 + firstLength) {
                let (from, to) = sharingYears(first, second)
                var (length, whole) = range(index, 2 + firstLength + secondLength, start: from.start, end: to.end, unit: nil)
                if from.unit != nil, from.unit == to.unit {
                    whole.ends = [TimeRange(start: from.start, end: from.end, unit: from.unit, text: whole.text),
                                  TimeRange(start: to.start, end: to.end, unit: to.unit, text: whole.text)]
                }
                return (length, whole)
            }
            if word == "from", let (length, point) = point(at: index + 1) {
                return range(index, 1 + length, start: point.start, end: nil, unit: nil)
            }
        case "since", "starting", "after":
            let skip = word == "starting" && tokens.count > index + 1 && ["from", "in", "on"].contains(tokens[index + 1].lower) ? 1 : 0
            if let (length, point) = point(at: index + 1 + skip) {
                return range(index, 1 + skip + length, start: word == "after" ? point.end : point.start, end: nil, unit: nil)
            }
        case "before", "until", "till", "through", "prior":
            let skip = word == "prior" && tokens.count > index + 1 && tokens[index + 1].lower == "to" ? 1 : 0
            if word == "prior", skip == 0 { break }
            if let (length, point) = point(at: index + 1 + skip) {
                return range(index, 1 + skip + length, start: nil, end: word == "before" || word == "prior" ? point.start : point.end, unit: nil)
            }
        default:
            break
        }
        if let (length, point) = point(at: index) {
            return range(index, length, start: point.start, end: point.end, unit: point.unit)
        }
        return nil
    }

    private func range(_ index: Int, _ length: Int, start: DayExpression?, end: DayExpression?, unit: CalendarUnit?) -> (Int, TimeRange) {
        let text = tokens[index..<(index + length)].map(\.text).joined(separator: " ")
        return (length, TimeRange(start: start, end: end, unit: unit, text: text))
    }

    /// "March" and "May 2024": the year written once counts for both.
    private func sharingYears(_ first: TimePoint, _ second: TimePoint) -> (TimePoint, TimePoint) {
        if first.year == nil, let year = second.year { return (first.inYear(year), second) }
        if second.year == nil, let year = first.year { return (first, second.inYear(year)) }
        return (first, second)
    }

    // MARK: - Points

    /// One period at `index`, and the tokens it spans.
    func point(at index: Int) -> (Int, TimePoint)? {
        guard index < tokens.count else { return nil }
        if let relative = relative(at: index) { return relative }
        let token = tokens[index]
        switch token.kind {
        case .day(let day):
            return (1, TimePoint(kind: .fixed(start: DayExpression(.fixed(day)), end: DayExpression(.fixed(day.adding(days: 1))), unit: .day)))
        case .month(let year, let month):
            return (1, TimePoint(kind: .month(month, year: year)))
        case .number where token.year != nil:
            if let (length, point) = quarterOrHalf(at: index + 1), point.year == nil {
                return (1 + length, point.inYear(token.year!))
            }
            let start = Day(year: token.year!, month: 1, day: 1)!
            return (1, TimePoint(kind: .fixed(start: DayExpression(.fixed(start)), end: DayExpression(.fixed(start.adding(years: 1))), unit: .year)))
        default:
            break
        }
        if let named = namedMonth(at: index) { return named }
        return quarterOrHalf(at: index)
    }

    /// A year written after a period: "2024", "of 2024", ", 2024", "'24" is not read.
    private func year(at index: Int) -> (Int, Int)? {
        if index < tokens.count, let year = tokens[index].year { return (1, year) }
        if index + 1 < tokens.count, ["of", "in"].contains(tokens[index].lower), let year = tokens[index + 1].year { return (2, year) }
        return nil
    }

    /// "March", "March 2024", "March of 2024", "March 21", "March 21st, 2024", "21 March 2024".
    private func namedMonth(at index: Int) -> (Int, TimePoint)? {
        if let day = tokens[index].count ?? Self.dayOrdinal(tokens[index].lower), day <= 31, index + 1 < tokens.count,
           let month = TimePoint.monthNames[tokens[index + 1].lower] {
            let year = year(at: index + 2)
            return (2 + (year?.0 ?? 0), TimePoint(kind: .day(month: month, day: day, year: year?.1)))
        }
        let word = tokens[index].lower
        guard let month = TimePoint.monthNames[word] else { return nil }
        if index + 1 < tokens.count, let day = tokens[index + 1].count ?? Self.dayOrdinal(tokens[index + 1].lower), day <= 31,
           tokens[index + 1].year == nil {
            let year = year(at: index + 2)
            return (2 + (year?.0 ?? 0), TimePoint(kind: .day(month: month, day: day, year: year?.1)))
        }
        let year = year(at: index + 1)
        // "may" alone is a verb far more often than a month.
        if word == "may", year == nil, !(index > 0 && ["in", "of", "during", "since", "from", "between", "until", "and", "to", "for"].contains(tokens[index - 1].lower)) {
            return nil
        }
        return (1 + (year?.0 ?? 0), TimePoint(kind: .month(month, year: year?.1)))
    }

    /// "Q3", "Q3 2024", "third quarter of 2024", "the 2nd quarter", "H1", "first half of 2024".
    private func quarterOrHalf(at index: Int) -> (Int, TimePoint)? {
        guard index < tokens.count else { return nil }
        var start = index
        if tokens[start].lower == "the", start + 1 < tokens.count { start += 1 }
        let word = tokens[start].lower
        var length: Int
        var number: Int
        var isQuarter: Bool
        if word.count == 2, let letter = word.first, letter == "q" || letter == "h", let digit = Int(word.dropFirst()),
           (1...(letter == "q" ? 4 : 2)).contains(digit) {
            (length, number, isQuarter) = (start - index + 1, digit, letter == "q")
        } else if let ordinal = TimePoint.ordinals[word], start + 1 < tokens.count,
                  ["quarter", "half"].contains(tokens[start + 1].lower) {
            isQuarter = tokens[start + 1].lower == "quarter"
            guard isQuarter || ordinal <= 2 else { return nil }
            (length, number) = (start - index + 2, ordinal)
        } else if word == "quarter", start + 1 < tokens.count, let digit = tokens[start + 1].count, (1...4).contains(digit) {
            (length, number, isQuarter) = (start - index + 2, digit, true)
        } else {
            return nil
        }
        let year = year(at: index + length)
        length += year?.0 ?? 0
        return (length, TimePoint(kind: isQuarter ? .quarter(number, year: year?.1) : .half(number, year: year?.1)))
    }

    private static func dayOrdinal(_ word: String) -> Int? {
        guard word.count >= 3, ["st", "nd", "rd", "th"].contains(String(word.suffix(2))) else { return nil }
        return Int(word.dropLast(2))
    }
}
