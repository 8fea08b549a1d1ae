import BICore
import Foundation

/// Something the scheduler runs on a cron schedule: a report to email, or an alert to check.
public struct ScheduledJob: Sendable {
    public enum Kind: Sendable {
        case report
        case alert(AlertSettings)
    }

    public var settings: ScheduleSettings
    public var kind: Kind
    /// The cron expression in the job's zone (its own, else the project's, else UTC).
    public var schedule: CronSchedule

    public var name: String { settings.name }

    public init(settings: ScheduleSettings, kind: Kind, projectZone: String?) {
        self.settings = settings
        self.kind = kind
        let zone = (settings.timezone ?? projectZone).flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC")!
        schedule = CronSchedule(settings.cron, timeZone: zone)
    }
}
