import Foundation
import BICore
import Testing

/// Cron times against a fixed clock: month ends, leap days, and the daylight-saving gaps and
/// overlaps of a real zone.
struct CronScheduleTests {
    let berlin = TimeZone(identifier: "Europe/Berlin")!
    let newYork = TimeZone(identifier: "America/New_York")!

    func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }
    func iso(_ date: Date?) -> String? { date.map { ISO8601DateFormatter().string(from: $0) } }
    func next(_ cron: String, _ zone: TimeZone, after: String) throws -> String? {
        iso(CronSchedule(try CronExpression(cron), timeZone: zone).next(after: date(after)))
    }

    @Test func mondaysAtSevenInBerlin() throws {
        #expect(try next("0 7 * * MON", berlin, after: "2025-12-31T12:00:00Z") == "2026-01-05T06:00:00Z")   // CET, UTC+1
        #expect(try next("0 7 * * MON", berlin, after: "2026-06-30T12:00:00Z") == "2026-07-06T05:00:00Z")   // CEST, UTC+2
        #expect(try next("0 7 * * 1", berlin, after: "2026-01-05T06:00:00Z") == "2026-01-12T06:00:00Z")      // strictly after
    }

    @Test func monthEndsAndLeapDays() throws {
        #expect(try next("0 9 31 * *", .gmt, after: "2025-04-01T00:00:00Z") == "2025-05-31T09:00:00Z")      // April has 30 days
        #expect(try next("0 0 29 2 *", .gmt, after: "2025-03-01T00:00:00Z") == "2028-02-29T00:00:00Z")      // next leap day
        #expect(try next("@monthly", .gmt, after: "2025-01-31T23:59:00Z") == "2025-02-01T00:00:00Z")
        #expect(try next("0 12 28-31 * *", .gmt, after: "2024-02-28T12:00:00Z") == "2024-02-29T12:00:00Z")
    }

    @Test func aTimeInTheSpringGapRunsWhenTheClocksJump() throws {
        // 2026-03-29: Berlin goes from 02:00 CET to 03:00 CEST; 02:30 does not exist.
        #expect(try next("30 2 * * *", berlin, after: "2026-03-28T12:00:00Z") == "2026-03-29T01:00:00Z")
        #expect(try next("30 2 * * *", berlin, after: "2026-03-29T01:00:00Z") == "2026-03-30T00:30:00Z")
        // New York, 2026-03-08: 02:00 → 03:00 EDT.
        #expect(try next("15 2 * * *", newYork, after: "2026-03-07T12:00:00Z") == "2026-03-08T07:00:00Z")
    }

    @Test func aTimeInTheAutumnOverlapRunsOnce() throws {
        // 2026-10-25: Berlin goes from 03:00 CEST back to 02:00 CET; 02:30 happens twice.
        let schedule = CronSchedule(try CronExpression("30 2 * * *"), timeZone: berlin)
        let runs = schedule.firings(after: date("2026-10-24T12:00:00Z"), through: date("2026-10-26T12:00:00Z")).map(iso)
        #expect(runs == ["2026-10-25T00:30:00Z", "2026-10-26T01:30:00Z"])
        // Every 15 minutes over the change: the repeated hour is not run twice.
        let quarterly = CronSchedule(try CronExpression("*/15 * * * *"), timeZone: berlin)
        let count = quarterly.firings(after: date("2026-10-24T22:00:00Z"), through: date("2026-10-25T04:00:00Z")).count
        #expect(count == 20)   // 01:00 .. 05:00 local with 02:00-02:59 once: 6 wall hours minus the repeat
    }

    @Test func expressionsAndErrors() throws {
        let expression = try CronExpression("*/15 8-18/2 1,15 JAN-MAR mon-fri")
        #expect(expression.minutes == [0, 15, 30, 45])
        #expect(expression.hours == [8, 10, 12, 14, 16, 18])
        #expect(expression.months == [1, 2, 3])
        #expect(expression.daysOfWeek == [1, 2, 3, 4, 5])
        #expect(try CronExpression("0 0 * * 7").daysOfWeek == [0])
        #expect(throws: CronError.self) { try CronExpression("0 7 * *") }
        do {
            _ = try CronExpression("0 25 * * *")
            Issue.record("an hour of 25 parsed")
        } catch {
            #expect(error.description == "25 is out of range for the hour (0–23)")
            #expect(error.offset == 2)
        }
    }
}
