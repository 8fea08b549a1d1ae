import ArgumentParser
import BICore
import Foundation
import Pipeline
import Scheduler

/// `bi schedule list|run-due|daemon`: reports emailed on cron schedules, and data alerts.
struct ScheduleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Email reports on schedules and check data alerts.",
        discussion: """
            Schedules come from `schedule:`/`alert:` in report front matter and `schedules:` in bi.yml; the run
            history lives in the state database (`state:` in bi.yml, SQLite or PostgreSQL), shared by every scheduler.
            """,
        subcommands: [ScheduleList.self, ScheduleRunDue.self, ScheduleDaemon.self])
}

/// What the schedule commands share: the project, its jobs, the run history and the clock.
struct ScheduleOptions: ParsableArguments {
    @OptionGroup var state: StateOptions

    /// The project, its jobs and a runner over its state database; exits 1 with diagnostics when broken.
    func load(now: Date?) async throws -> (runner: ScheduleRunner, jobs: [ScheduledJob]) {
        guard let project = try state.loadProject() else {
            Console.error("error: no bi.yml in '\(state.project)'\n  hint: run `bi new my-project` to start one, or pass --project DIR")
            throw ExitCode.failure
        }
        var runner = ScheduleRunner(project: project, store: try state.openRunStore(project: project))
        if let now { runner.clock = { now } }
        do {
            return (runner, try await JobCatalog.jobs(in: project))
        } catch let error as any DiagnosticConvertible {
            Console.print(error.diagnostics)
            throw ExitCode.failure
        }
    }
}

/// An ISO-8601 time for `--now`: `2026-11-30T07:00:00+01:00` or `2026-11-30T06:00:00Z`.
struct Instant: ExpressibleByArgument {
    var date: Date

    init?(argument: String) {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: argument) { self.date = date; return }
        formatter.formatOptions.insert(.withFractionalSeconds)
        guard let date = formatter.date(from: argument) else { return nil }
        self.date = date
    }
}
