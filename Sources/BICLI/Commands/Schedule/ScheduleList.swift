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
