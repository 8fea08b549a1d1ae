/// One scheduled delivery: a report built with its PDF and emailed on a cron schedule. Written in a
/// report's front matter (`schedule:` and `email:`) or under `schedules:` in `bi.yml`.
///
/// ```yaml
/// schedule: "0 7 * * MON"             # front matter, short form
/// email: [ceo@example.com]
/// schedule:                           # long form
///   cron: "0 7 * * MON"
///   timezone: Europe/Berlin           # default: timezone in bi.yml, else UTC
///   email: [ceo@example.com]
///   subject: Weekly sales
/// ```
public struct ScheduleSettings: Sendable, Hashable {
    /// Names the job in run history and `bi schedule list`: the report's path without `reports/`
    /// and `.md` for front matter, the key under `schedules:` for `bi.yml`.
    public var name: String
    /// The report file, relative to the project (`reports/sales.md`).
    public var report: String
    public var cron: CronExpression
    /// An IANA zone; nil means the project's `timezone`, else UTC.
    public var timezone: String?
    public var recipients: [String]
    /// The email's subject; nil means the report's title.
    public var subject: String?
    public var location: SourceLocation

    public init(name: String, report: String, cron: CronExpression, timezone: String? = nil, recipients: [String],
                subject: String? = nil, location: SourceLocation) {
        self.name = name
        self.report = report
        self.cron = cron
        self.timezone = timezone
        self.recipients = recipients
        self.subject = subject
        self.location = location
    }
}

/// A data alert (`alert:` in front matter): a query of the report checked on a schedule, emailing
/// its recipients when the condition holds, at most once per cooldown.
///
/// ```yaml
/// alert:
///   query: late_orders               # a `sql` or `ask` block of the report
///   condition: rows > 0              # or: value < 1000 (the first column of the first row)
///   schedule: "*/15 * * * *"
///   cooldown: 4h                     # default 1h
///   email: [ops@example.com]
/// ```
public struct AlertSettings: Sendable, Hashable {
    public var schedule: ScheduleSettings
    public var query: String
    public var condition: AlertCondition
    public var cooldownSeconds: Int

    public init(schedule: ScheduleSettings, query: String, condition: AlertCondition, cooldownSeconds: Int) {
        self.schedule = schedule
        self.query = query
        self.condition = condition
        self.cooldownSeconds = cooldownSeconds
    }
}

/// `scheduler:` in `bi.yml`: how the scheduler catches up, retries and shares work.
public struct SchedulerSettings: Sendable, Hashable {
    /// What happens to runs missed while no scheduler was running.
    public enum CatchUp: String, Sendable, Hashable, CaseIterable {
        /// Run the latest missed firing once, record the older ones as skipped.
        case once
        /// Record every missed firing as skipped.
        case skip
    }

    public var catchUp = CatchUp.once
    /// How many runs one scheduler process works on at once.
    public var concurrency = 2
    /// Attempts before a run ends as failed (the first one included).
    public var attempts = 4
    /// Seconds before the first retry; each further retry waits twice as long.
    public var retryDelay = 60
    /// Seconds a claimed run stays with its scheduler before another may take it over.
    public var lease = 600
    /// Seconds between the daemon's passes.
    public var poll = 30
    /// A firing older than this many seconds when first seen counts as missed.
    public var grace = 3600

    public init() {}
}
