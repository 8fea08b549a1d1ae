import ArgumentParser
import BICore
import Foundation
import Scheduler
import State

/// `bi schedule list`: every job, its next run in its zone, and how its last run went.
struct ScheduleList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List schedules, their next run times and last runs.")

    @OptionGroup var options: ScheduleOptions
    @Option(help: "Count next runs from this time (ISO-8601) instead of now.") var now: Instant?

    func run() async throws {
        let (runner, jobs) = try await options.load(now: now?.date)
        if jobs.isEmpty { Console.error("No schedules: add schedule: and email: to a report's front matter, or schedules: to bi.yml.") }
        for job in jobs {
            let formatter = ISO8601DateFormatter()
            formatter.timeZone = job.schedule.timeZone
            let next = job.schedule.next(after: runner.clock()).map(formatter.string(from:)) ?? "never"
            let kind = if case .alert = job.kind { "alert" } else { "report" }
            var line = "\(job.name)\t\(kind)\t\(job.settings.cron) (\(job.schedule.timeZone.identifier))\tnext \(next)"
            if let last = try runner.store.runs(job: job.name, limit: 1).first {
                line += "\tlast \(formatter.string(from: last.scheduledAt)) \(last.status.rawValue)"
                if let error = last.error, last.status != .sent { line += ": \(error)" }
            }
            Console.output(line + "\n")
        }
    }
}

/// `bi schedule run-due`: one pass, for system cron or CI.
struct ScheduleRunDue: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run-due", abstract: "Run every due schedule once, then exit.",
        discussion: "Exits 1 when a run failed for good. Runs that failed but will be retried are printed and retried by a later pass.")

    @OptionGroup var options: ScheduleOptions
    @Option(help: "Fix the clock (ISO-8601, e.g. 2026-11-30T07:00:00+01:00).") var now: Instant?

    func run() async throws {
        let (runner, jobs) = try await options.load(now: now?.date)
        let outcomes = await runner.runDue(jobs)
        for outcome in outcomes { Console.output(outcome.description + "\n") }
        if outcomes.contains(where: { if case .failed = $0.result { true } else { false } }) { throw ExitCode.failure }
    }
}

/// `bi schedule daemon`: passes every `poll` seconds until stopped.
struct ScheduleDaemon: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "daemon", abstract: "Run due schedules continuously (Ctrl-C stops).")

    @OptionGroup var options: ScheduleOptions

    func run() async throws {
        let (runner, jobs) = try await options.load(now: nil)
        Console.error("Scheduler running \(jobs.count) job\(jobs.count == 1 ? "" : "s") as \(runner.owner), every \(runner.settings.poll)s")
        await runner.runForever { Console.error($0) }
    }
}
