import ArgumentParser
import Foundation
import Scheduler

/// `bi schedule run-due`: one pass, for system cron or CI.
struct ScheduleRunDue: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run-due", abstract: "Run every due schedule once, then exit.",
        discussion: "Exits 1 when a run failed for good. Runs that failed but will be retried are printed and retried by a later pass.")

    @OptionGroup var options: ScheduleOptions
    @Option(help: "Fix the clock (ISO-8601, e.g. 2026-11-30T07:00:00+01:00).") var now: Instant?

    func run() async throws {
        let (runner, jobs) = try await options.load(now: now?.date)
        let outcomes: [RunOutcome]
        do {
            outcomes = try await runner.runDue(jobs)
        } catch {
            Console.error("error: \(error)")
            throw ExitCode.failure
        }
        for outcome in outcomes { Console.output(outcome.description + "\n") }
        if outcomes.contains(where: { if case .failed = $0.result { true } else { false } }) { throw ExitCode.failure }
    }
}
