import ArgumentParser
import BICore
import Scheduler

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
