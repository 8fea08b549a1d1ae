import BICore
import Foundation

/// Which firings of one job a pass runs and which it records as skipped: pure, for tests.
///
/// Firings after the job's latest recorded run, up to `now`, are due (a job never seen before
/// runs its newest firing of the last `grace` seconds, and skips nothing). A firing older than `grace` when found was missed while no scheduler
/// ran: `catch_up: once` runs the newest missed one and skips the rest, `catch_up: skip` skips them.
public struct DuePlan: Hashable, Sendable {
    /// The firing to run now, if any.
    public var run: Date?
    /// The newest of the skipped firings (only it gets a row) and how many were skipped.
    public var skippedLatest: Date?
    public var skippedCount = 0

    public init(run: Date? = nil, skippedLatest: Date? = nil, skippedCount: Int = 0) {
        self.run = run
        self.skippedLatest = skippedLatest
        self.skippedCount = skippedCount
    }

    public init(schedule: CronSchedule, latestRecorded: Date?, now: Date, settings: SchedulerSettings) {
        let since = latestRecorded ?? now.addingTimeInterval(-Double(settings.grace))
        var due = schedule.firings(after: since, through: now, limit: 100_000)
        // A job seen for the first time missed nothing: only its newest firing can be due.
        if latestRecorded == nil { due = due.suffix(1) }
        guard let newest = due.last else { self.init(); return }
        let onTime = now.timeIntervalSince(newest) <= Double(settings.grace)
        let runsNewest = onTime || settings.catchUp == .once
        let skipped = runsNewest ? due.dropLast() : due[...]
        self.init(run: runsNewest ? newest : nil, skippedLatest: skipped.last, skippedCount: skipped.count)
    }
}
