/// A calendar day in the proleptic Gregorian calendar, with no time zone: `2025-12-31`.
///
/// Used for `--as-of`/`--today`, relative periods ("last month") and time buckets. Arithmetic is
/// done on the day number (days since 1970-01-01), so it is exact and fast.
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil unless `month`/`day` name a real day (`2023-02-29` is nil).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.length(ofMonth: month, in: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(iso text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = Day.number(bytes[0..<4]), let month = Day.number(bytes[5..<7]),
              let day = Day.number(bytes[8..<10]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The day `number` days after 1970-01-01 (negative before it).
    public init(dayNumber number: Int) {
        // Howard Hinnant's civil_from_days.
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    /// Days since 1970-01-01.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public var description: String { Day.pad(year, 4) + "-" + Day.pad(month, 2) + "-" + Day.pad(day, 2) }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.dayNumber < rhs.dayNumber }

    // MARK: - Arithmetic

    public func adding(days: Int) -> Day { Day(dayNumber: dayNumber + days) }

    /// Moves by whole months, clamping the day to the month's length (Jan 31 + 1 month = Feb 28/29).
    public func adding(months: Int) -> Day {
        let total = year * 12 + (month - 1) + months
        let newYear = total >= 0 ? total / 12 : (total - 11) / 12
        let newMonth = total - newYear * 12 + 1
        return Day(year: newYear, month: newMonth, day: min(day, Day.length(ofMonth: newMonth, in: newYear)))!
    }

    public func adding(years: Int) -> Day { adding(months: 12 * years) }

    /// ISO weekday: 1 is Monday, 7 is Sunday.
    public var weekday: Int { ((dayNumber % 7 + 7 + 3) % 7) + 1 }

    public var quarter: Int { (month - 1) / 3 + 1 }

    public var startOfWeek: Day { adding(days: 1 - weekday) }
    public var startOfMonth: Day { Day(year: year, month: month, day: 1)! }
    public var startOfQuarter: Day { Day(year: year, month: (quarter - 1) * 3 + 1, day: 1)! }
    public var startOfYear: Day { Day(year: year, month: 1, day: 1)! }

    /// The ISO-8601 week-numbering year and week (weeks start on Monday; week 1 holds the first Thursday).
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let week = (thursday.dayNumber - thursday.startOfYear.dayNumber) / 7 + 1
        return (thursday.year, week)
    }

    public static func length(ofMonth month: Int, in year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    static func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(abs(number))
        return (number < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var result = 0
        for byte in bytes {
            guard byte >= 48, byte <= 57 else { return nil }
            result = result * 10 + Int(byte - 48)
        }
        return result
    }
}

/// ISO-8601 timestamps as text: `2025-12-31T07:00`, `2025-12-31 07:00:00.123`, with an optional zone.
public enum Timestamp {
    /// Whether `text` is a date followed by a time of day.
    public static func isISO(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 16, Day(iso: String(decoding: bytes[0..<10], as: UTF8.self)) != nil,
              bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
              bytes[13] == UInt8(ascii: ":") else { return false }
        let digits: Set<Int> = [11, 12, 14, 15]
        return digits.allSatisfy { bytes[$0] >= 48 && bytes[$0] <= 57 }
    }

    /// The day part of an ISO timestamp or date.
    public static func day(of text: String) -> Day? {
        guard text.utf8.count >= 10 else { return nil }
        return Day(iso: String(text.prefix(10)))
    }
}
