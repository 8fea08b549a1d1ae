import BICore
import Foundation
import Mail
import Pipeline
import State

/// Runs a project's scheduled jobs against the shared run history: one pass for
/// `bi schedule run-due`, a pass every `poll` seconds for `bi schedule daemon` and `bi serve`.
///
/// ```swift
/// let runner = ScheduleRunner(project: project, store: try ScheduleRunStore.open("sqlite:.bi/state.sqlite", projectDirectory: "."))
/// for outcome in try await runner.runDue(try await JobCatalog.jobs(in: project)) { print(outcome) }
/// ```
/// A run is claimed in the store before it starts, so of several schedulers sharing one state
/// database each run is done by one. Its Message-ID is recorded before the email goes out and the
/// run is confirmed after; a scheduler that dies in between leaves a run whose lease runs out, and
/// the next scheduler sends it again with the same Message-ID.
public struct ScheduleRunner: Sendable {
    public let project: Project
    public let store: ScheduleRunStore
    public var settings: SchedulerSettings { project.config.scheduler }
    /// Names this process in the run history: `host:pid`.
    public var owner = "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"
    /// The time; `--now` fixes it.
    public var clock: @Sendable () -> Date = { Date() }
    public var environment = ProcessInfo.processInfo.environment

    public init(project: Project, store: ScheduleRunStore) {
        self.project = project
        self.store = store
    }

    /// One pass: retries and runs taken over from schedulers that stopped, then every due firing,
    /// at most `concurrency` at a time.
    /// - Throws: ``StateError`` when the state database cannot be read or written; runs that
    ///   started by then finish first.
    public func runDue(_ jobs: [ScheduledJob]) async throws -> [RunOutcome] {
        let byName = Dictionary(jobs.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var outcomes: [RunOutcome] = []
        var plans: [(ScheduledJob, Date)] = []
        for job in jobs {
            let plan = DuePlan(schedule: job.schedule, latestRecorded: try store.latestScheduledTime(job: job.name), now: clock(),
                               settings: settings)
            if let skipped = plan.skippedLatest {
                try store.recordSkipped(job: job.name, scheduledAt: skipped, note: "skipped \(plan.skippedCount) missed runs", now: clock())
                outcomes.append(RunOutcome(job: job.name, scheduledAt: skipped, attempt: 0, result: .skipped(count: plan.skippedCount)))
            }
            if let run = plan.run { plans.append((job, run)) }
        }
        try await withThrowingTaskGroup(of: RunOutcome.self) { group in
            var running = 0
            // Claims are made only when a slot is free, so other schedulers can take the rest meanwhile.
            func slot() async throws {
                if running >= max(1, settings.concurrency), let finished = try await group.next() {
                    running -= 1
                    outcomes.append(finished)
                }
            }
            while true {
                try await slot()
                guard let claim = try store.claimDueRetries(owner: owner, now: clock(), lease: settings.lease, limit: 1).first else { break }
                running += 1
                group.addTask { await self.execute(claim, job: byName[claim.job]) }
            }
            for (job, firing) in plans {
                try await slot()
                guard let claim = try store.claim(job: job.name, scheduledAt: firing, owner: owner, now: clock(), lease: settings.lease) else {
                    continue
                }
                running += 1
                group.addTask { await self.execute(claim, job: job) }
            }
            for try await finished in group { outcomes.append(finished) }
        }
        return outcomes
    }

    /// Passes every `poll` seconds, reading the jobs again each time, until the task is cancelled.
    public func runForever(log: @escaping @Sendable (String) -> Void) async {
        while !Task.isCancelled {
            do {
                for outcome in try await runDue(try await JobCatalog.jobs(in: project)) { log(outcome.description) }
            } catch {
                log("pass failed: " + ScheduleRunner.describe(error))
            }
            try? await Task.sleep(for: .seconds(settings.poll))
        }
    }

    // MARK: - One run

    /// Builds, sends and confirms one claimed run; a failure is retried later or ends the run.
    func execute(_ claim: RunClaim, job: ScheduledJob?) async -> RunOutcome {
        var outcome = RunOutcome(job: claim.job, scheduledAt: claim.scheduledAt, attempt: claim.attempt, result: .takenOver)
        do {
            guard let job else { throw MailError("the job '\(claim.job)' is no longer configured") }
            guard let smtp = project.config.smtp else { throw MailError("bi.yml has no smtp: settings to send email with") }
            let mailer = try SMTPMailer(config: smtp, environment: environment)
            let snapshot = try await ReportSnapshot.build(report: job.settings.report, project: project,
                                                          asOf: ScheduleRunner.day(of: claim.scheduledAt, in: job.schedule.timeZone),
                                                          withPDF: job.isReport)
            let messageID = claim.messageID ?? "\(UUID().uuidString.lowercased())@smartbi"
            let message: MailMessage
            switch job.kind {
            case .report:
                message = ReportMail.message(snapshot, job: job, from: smtp.from, messageID: messageID)
            case .alert(let alert):
                let check = AlertCheck(alert: alert, snapshot: snapshot)
                if let quiet = try quietReason(check, job: job) {
                    try store.markQuiet(claim, note: quiet, now: clock())
                    outcome.result = .quiet(quiet)
                    return outcome
                }
                message = check.message(from: smtp.from, messageID: messageID)
            }
            TestHook.beforeSend.reached()
            guard try store.markSending(claim, messageID: messageID, now: clock(), lease: settings.lease) else { return outcome }
            try await mailer.send(message)
            TestHook.beforeConfirm.reached()
            try store.markSent(claim, now: clock())
            outcome.result = .sent(messageID: messageID)
        } catch {
            let text = ScheduleRunner.describe(error)
            let retryAt = claim.attempt < settings.attempts
                ? clock().addingTimeInterval(Double(settings.retryDelay) * pow(2, Double(claim.attempt - 1))) : nil
            _ = try? store.markFailed(claim, error: text, retryAt: retryAt, now: clock())
            outcome.result = retryAt.map { .retrying(at: $0, error: text) } ?? .failed(text)
        }
        return outcome
    }

    /// Why an alert sends nothing this time: its condition does not hold, or it sent within its cooldown.
    func quietReason(_ check: AlertCheck, job: ScheduledJob) throws -> String? {
        guard check.holds else { return "\(check.alert.condition) does not hold" }
        if let last = try store.lastSent(job: job.name), clock().timeIntervalSince(last) < Double(check.alert.cooldownSeconds) {
            return "\(check.alert.condition) holds, but an alert went out \(Int(clock().timeIntervalSince(last)))s ago (cooldown)"
        }
        return nil
    }

    /// The day a scheduled time falls on in the job's zone: what "today" is for its report.
    static func day(of instant: Date, in zone: TimeZone) -> Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    static func describe(_ error: any Error) -> String {
        if let failure = error as? BuildFailure {
            return failure.diagnostics.filter { $0.severity == .error }.map(\.description).joined(separator: "; ")
        }
        if let list = error as? DiagnosticList { return list.diagnostics.map(\.description).joined(separator: "; ") }
        return "\(error)"
    }
}

extension ScheduledJob {
    var isReport: Bool { if case .report = kind { true } else { false } }
}
