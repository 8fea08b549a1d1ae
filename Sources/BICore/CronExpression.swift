/// A five-field cron expression (`minute hour day-of-month month day-of-week`) or one of the
/// shorthands `@hourly`, `@daily`, `@weekly`, `@monthly`, `@yearly`.
///
/// ```swift
/// let mondays = try CronExpression("0 7 * * MON")      // every Monday at 07:00
/// let monthEnds = try CronExpression("30 18 28-31 * *")
/// ```
/// Fields take `*`, numbers, ranges (`1-5`), lists (`1,15`), steps (`*/15`, `8-18/2`) and English
/// names for months and weekdays (`JAN`, `MON`). Sunday is 0 or 7. When both the day of the month
/// and the day of the week are restricted, a day matching either counts (as in Vixie cron).
public struct CronExpression: Hashable, Sendable, CustomStringConvertible {
    public let minutes: Set<Int>
    public let hours: Set<Int>
    public let daysOfMonth: Set<Int>
    public let months: Set<Int>
    /// 0 is Sunday.
    public let daysOfWeek: Set<Int>
    let restrictsDayOfMonth: Bool
    let restrictsDayOfWeek: Bool
    public let description: String

    static let shorthands = ["@hourly": "0 * * * *", "@daily": "0 0 * * *", "@midnight": "0 0 * * *",
                             "@weekly": "0 0 * * 0", "@monthly": "0 0 1 * *", "@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *"]
    static let monthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    static let dayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]

    /// - Throws: ``CronError`` naming the field and the character where it goes wrong.
    public init(_ text: String) throws(CronError) {
        description = text
        let expanded = CronExpression.shorthands[text.lowercased()] ?? text
        if expanded.hasPrefix("@") { throw CronError(.unknownShorthand(text), offset: 0) }
        let fields = CronExpression.fields(of: expanded)
        guard fields.count == 5 else { throw CronError(.fieldCount(fields.count), offset: 0) }
        let offset = text == expanded ? { (index: Int) in fields[index].offset } : { (_: Int) in 0 }
        minutes = try CronField.parse(fields[0].text, name: "minute", range: 0...59, names: [], offset: offset(0))
        hours = try CronField.parse(fields[1].text, name: "hour", range: 0...23, names: [], offset: offset(1))
        daysOfMonth = try CronField.parse(fields[2].text, name: "day of month", range: 1...31, names: [], offset: offset(2))
        months = try CronField.parse(fields[3].text, name: "month", range: 1...12, names: CronExpression.monthNames, offset: offset(3), namesStart: 1)
        let weekdays = try CronField.parse(fields[4].text, name: "day of week", range: 0...7, names: CronExpression.dayNames, offset: offset(4))
        daysOfWeek = Set(weekdays.map { $0 % 7 })
        restrictsDayOfMonth = fields[2].text != "*" && !fields[2].text.hasPrefix("*/")
        restrictsDayOfWeek = fields[4].text != "*" && !fields[4].text.hasPrefix("*/")
    }

    /// Whether a day (year, month, day, weekday with 0 = Sunday) is one the expression runs on.
    func matches(month: Int, day: Int, weekday: Int) -> Bool {
        guard months.contains(month) else { return false }
        switch (restrictsDayOfMonth, restrictsDayOfWeek) {
        case (true, true): return daysOfMonth.contains(day) || daysOfWeek.contains(weekday)
        case (true, false): return daysOfMonth.contains(day)
        case (false, true): return daysOfWeek.contains(weekday)
        case (false, false): return daysOfMonth.contains(day) && daysOfWeek.contains(weekday)
        }
    }

    /// The whitespace-separated fields with their offsets in the text.
    static func fields(of text: String) -> [(text: String, offset: Int)] {
        var fields: [(String, Int)] = []
        var current = "", start = 0
        for (offset, character) in text.enumerated() {
            if character == " " || character == "\t" {
                if !current.isEmpty { fields.append((current, start)) }
                current = ""
            } else {
                if current.isEmpty { start = offset }
                current.append(character)
            }
        }
        if !current.isEmpty { fields.append((current, start)) }
        return fields
    }
}

/// Why a cron expression does not parse, and where (character offset in the expression).
public struct CronError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Reason: Hashable, Sendable {
        case fieldCount(Int)
        case unknownShorthand(String)
        case invalid(field: String, text: String)
        case outOfRange(field: String, value: Int, range: ClosedRange<Int>)
    }

    public var reason: Reason
    public var offset: Int

    init(_ reason: Reason, offset: Int) {
        self.reason = reason
        self.offset = offset
    }

    public var description: String {
        switch reason {
        case .fieldCount(let count): "a cron expression has 5 fields (minute hour day month weekday), this one has \(count)"
        case .unknownShorthand(let text): "unknown schedule '\(text)'"
        case .invalid(let field, let text): "'\(text)' is not a valid \(field)"
        case .outOfRange(let field, let value, let range): "\(value) is out of range for the \(field) (\(range.lowerBound)–\(range.upperBound))"
        }
    }

    public var hint: String {
        "for example \"0 7 * * MON\" (Mondays at 07:00), \"30 6 1 * *\" (the 1st at 06:30), or @daily, @weekly, @monthly"
    }
}

/// One field's values.
enum CronField {
    static func parse(_ text: String, name: String, range: ClosedRange<Int>, names: [String], offset: Int,
                      namesStart: Int = 0) throws(CronError) -> Set<Int> {
        var values: Set<Int> = []
        var position = offset
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            defer { position += part.count + 1 }
            let pieces = part.split(separator: "/", omittingEmptySubsequences: false)
            guard pieces.count <= 2, !part.isEmpty else { throw CronError(.invalid(field: name, text: String(part)), offset: position) }
            var step = 1
            if pieces.count == 2 {
                guard let parsed = Int(pieces[1]), parsed > 0 else { throw CronError(.invalid(field: name, text: String(part)), offset: position) }
                step = parsed
            }
            let span: ClosedRange<Int>
            if pieces[0] == "*" {
                span = range
            } else {
                let bounds = pieces[0].split(separator: "-", omittingEmptySubsequences: false)
                guard bounds.count <= 2 else { throw CronError(.invalid(field: name, text: String(part)), offset: position) }
                let low = try value(bounds[0], name: name, range: range, names: names, namesStart: namesStart, offset: position)
                let high = bounds.count == 2 ? try value(bounds[1], name: name, range: range, names: names, namesStart: namesStart, offset: position)
                                             : (pieces.count == 2 ? range.upperBound : low)
                guard low <= high else { throw CronError(.invalid(field: name, text: String(part)), offset: position) }
                span = low...high
            }
            for number in stride(from: span.lowerBound, through: span.upperBound, by: step) { values.insert(number) }
        }
        return values
    }

    static func value(_ text: Substring, name: String, range: ClosedRange<Int>, names: [String], namesStart: Int,
                      offset: Int) throws(CronError) -> Int {
        if let index = names.firstIndex(of: text.uppercased()) { return index + namesStart }
        guard let number = Int(text) else { throw CronError(.invalid(field: name, text: String(text)), offset: offset) }
        guard range.contains(number) else { throw CronError(.outOfRange(field: name, value: number, range: range), offset: offset) }
        return number
    }
}
