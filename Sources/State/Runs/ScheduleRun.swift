import Foundation

/// One run of a scheduled job for one scheduled time, as the run history keeps it.
public struct ScheduleRun: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable {
        /// Claimed by a scheduler, building.
        case running
        /// The message id is recorded and the email is on its way; not yet confirmed.
        case sending
        /// Sent and confirmed.
        case sent
        /// An attempt failed; the next one is due at `nextAttemptAt`.
        case retrying
        /// Every attempt failed.
        case failed
        /// Missed while no scheduler ran, and not caught up (`catch_up` in bi.yml).
        case skipped
        /// An alert whose condition did not hold, or held within its cooldown: nothing to send.
        case quiet
    }

    /// `JOB@SCHEDULED-TIME`: the idempotency key, recorded before anything is sent.
    public var key: String
    public var job: String
    public var scheduledAt: Date
    public var status: Status
    public var attempts: Int
    public var owner: String?
    public var startedAt: Date?
    public var finishedAt: Date?
    public var nextAttemptAt: Date?
    public var error: String?
    public var messageID: String?

    /// The key of `job`'s run for `scheduledAt`.
    public static func key(job: String, scheduledAt: Date) -> String {
        "\(job)@\(Int64(scheduledAt.timeIntervalSince1970))"
    }
}

/// A run this scheduler holds: the `generation` fences it, so a scheduler whose lease ran out
/// (and whose run another one took over) can no longer change the row.
public struct RunClaim: Sendable, Hashable {
    public var key: String
    public var job: String
    public var scheduledAt: Date
    public var attempt: Int
    public var generation: Int64
    /// Set when an earlier attempt got as far as sending: a resend reuses the id.
    public var messageID: String?
}
