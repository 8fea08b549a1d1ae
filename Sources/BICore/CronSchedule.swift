import Foundation

/// A cron expression in a time zone: the moments it fires, as a cron daemon in that zone would
/// run it, through daylight-saving changes:
/// - a time that does not exist that day (the clocks jump from 02:00 to 03:00) runs at the moment
///   the jump happens, once;
/// - a time that happens twice (the clocks go back from 03:00 to 02:00) runs the first time only.
public struct CronSchedule: Hashable, Sendable {
    public let expression: CronExpression
    public let timeZone: TimeZone

    public init(_ expression: CronExpression, timeZone: TimeZone) {
        self.expression = expression
        self.timeZone = timeZone
    }

    /// The first moment strictly after `instant` the schedule fires; nil if none within eight years.
    public func next(after instant: Date) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let start = calendar.dateComponents([.year, .month, .day], from: instant)
        guard var day = calendar.date(from: DateComponents(year: start.year, month: start.month, day: start.day, hour: 12)) else { return nil }
        for _ in 0..<(366 * 8) {
            let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: day)
            if expression.matches(month: parts.month!, day: parts.day!, weekday: parts.weekday! - 1) {
                for hour in expression.hours.sorted() {
                    for minute in expression.minutes.sorted() {
                        if let moment = moment(year: parts.year!, month: parts.month!, day: parts.day!, hour: hour, minute: minute),
                           moment > instant { return moment }
                    }
                }
            }
            guard let following = calendar.date(byAdding: .day, value: 1, to: day) else { return nil }
            day = following
        }
        return nil
    }

    /// Every firing in `after..<through`, in order (to run what was missed while down).
    public func firings(after start: Date, through end: Date, limit: Int = 10_000) -> [Date] {
        var found: [Date] = []
        var cursor = start
        while found.count < limit, let next = next(after: cursor), next <= end {
            found.append(next)
            cursor = next
        }
        return found
    }

    /// The instant a wall-clock time names in the zone: for a time in a spring-forward gap, the
    /// moment the clocks jump; for one in a fall-back overlap, the earlier of the two.
    func moment(year: Int, month: Int, day: Int, hour: Int, minute: Int) -> Date? {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        guard let wall = utc.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute)) else { return nil }
        // The offsets in force a day before and a day after: different when the clocks change that day.
        let before = TimeInterval(timeZone.secondsFromGMT(for: wall.addingTimeInterval(-86_400)))
        let after = TimeInterval(timeZone.secondsFromGMT(for: wall.addingTimeInterval(86_400)))
        let valid = [wall.addingTimeInterval(-before), wall.addingTimeInterval(-after)].filter {
            TimeInterval(timeZone.secondsFromGMT(for: $0)) == wall.timeIntervalSince($0)
        }
        if let earliest = valid.min() { return earliest }
        // A wall time in the gap: the clocks jump over it, so it runs when they do.
        return timeZone.nextDaylightSavingTimeTransition(after: wall.addingTimeInterval(-before - 86_400))
    }
}
