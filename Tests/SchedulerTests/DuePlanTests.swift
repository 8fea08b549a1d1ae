import BICore
import Foundation
import Scheduler
import Testing

/// Which firings a pass runs, skips or leaves for later, with a fixed clock.
struct DuePlanTests {
    let mondays = CronSchedule(try! CronExpression("0 7 * * MON"), timeZone: TimeZone(identifier: "Europe/Berlin")!)
    func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }
    func settings(_ catchUp: SchedulerSettings.CatchUp) -> SchedulerSettings {
        var settings = SchedulerSettings()
        settings.catchUp = catchUp
        return settings
    }

    @Test func aFiringAtThisMomentIsDueEvenForANewJob() {
        let plan = DuePlan(schedule: mondays, latestRecorded: nil, now: date("2026-11-30T06:00:00Z"), settings: settings(.once))
        #expect(plan == DuePlan(run: date("2026-11-30T06:00:00Z")))
    }

    @Test func aNewJobRunsOnlyItsNewestFiringAndSkipsNothing() {
        let fiveMinutes = CronSchedule(try! CronExpression("*/5 * * * *"), timeZone: TimeZone(identifier: "UTC")!)
        let plan = DuePlan(schedule: fiveMinutes, latestRecorded: nil, now: date("2026-11-30T06:32:00Z"), settings: settings(.once))
        #expect(plan == DuePlan(run: date("2026-11-30T06:30:00Z")))
    }

    @Test func aNewJobDoesNotReachBackFurtherThanTheGrace() {
        let plan = DuePlan(schedule: mondays, latestRecorded: nil, now: date("2026-11-30T08:00:00Z"), settings: settings(.once))
        #expect(plan == DuePlan())
    }

    @Test func nothingIsDueBetweenFirings() {
        let plan = DuePlan(schedule: mondays, latestRecorded: date("2026-11-30T06:00:00Z"), now: date("2026-12-03T12:00:00Z"),
                           settings: settings(.once))
        #expect(plan == DuePlan())
    }

    @Test func missedRunsAreCaughtUpOnceWithTheRestSkipped() {
        let plan = DuePlan(schedule: mondays, latestRecorded: date("2026-11-30T06:00:00Z"), now: date("2026-12-21T09:00:00Z"),
                           settings: settings(.once))
        #expect(plan == DuePlan(run: date("2026-12-21T06:00:00Z"), skippedLatest: date("2026-12-14T06:00:00Z"), skippedCount: 2))
    }

    @Test func missedRunsAreAllSkippedWithCatchUpSkip() {
        let plan = DuePlan(schedule: mondays, latestRecorded: date("2026-11-30T06:00:00Z"), now: date("2026-12-21T09:00:00Z"),
                           settings: settings(.skip))
        #expect(plan == DuePlan(skippedLatest: date("2026-12-21T06:00:00Z"), skippedCount: 3))
    }

    @Test func anOnTimeFiringStillRunsWithCatchUpSkip() {
        let plan = DuePlan(schedule: mondays, latestRecorded: date("2026-11-30T06:00:00Z"), now: date("2026-12-14T06:10:00Z"),
                           settings: settings(.skip))
        #expect(plan == DuePlan(run: date("2026-12-14T06:00:00Z"), skippedLatest: date("2026-12-07T06:00:00Z"), skippedCount: 1))
    }
}
