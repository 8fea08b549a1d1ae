import Foundation
import State
import Testing
import TestSupport

/// Two `bi schedule daemon` processes on one PostgreSQL state database, working through the same
/// due schedules: every scheduled report arrives exactly once.
@Suite(.enabled(if: PostgresScratchDatabase.isAvailable)) struct SharedStateTests {
    @Test func twoDaemonsOnOnePostgreSQLDatabaseSendEveryRunOnce() throws {
        let database = try PostgresScratchDatabase(prefix: "smartbi_sched")
        let jobs = (1...6).map { "team-\($0)" }
        let project = try ScheduleProject(scheduler: ["poll: 1", "concurrency: 2"], state: database.url, extraSchedules: jobs)
        try project.smtp.start()
        _ = try project.schedule("list")          // makes the demo data and the schema before the daemons start
        let daemons = try [project.startDaemon(), project.startDaemon()]
        defer { for daemon in daemons { kill(daemon.processIdentifier, SIGKILL); daemon.waitUntilExit() } }

        let store = try ScheduleRunStore.open(database.url, projectDirectory: ".")
        func teamRuns() throws -> [ScheduleRun] { try store.runs().filter { $0.job.hasPrefix("team-") } }
        let done = try waitUntil(seconds: 90) {
            let runs = try teamRuns()
            return Set(runs.map(\.job)).count == jobs.count && runs.allSatisfy { $0.status == .sent }
        }
        for daemon in daemons { kill(daemon.processIdentifier, SIGKILL); daemon.waitUntilExit() }
        let states = try teamRuns().map { "\($0.key) \($0.status)" }
        try #require(done, "not every job was sent: \(states)")

        let sent = try teamRuns().filter { $0.status == .sent }
        let received = try project.received().filter { $0.subject.hasPrefix("Sales (team-") }
        #expect(received.count == sent.count)
        #expect(Set(received.map(\.message_id)) == Set(sent.compactMap(\.messageID)))
        #expect(Set(received.map(\.message_id)).count == received.count)
        // Each received subject names its job; each job's runs arrived once each.
        for job in jobs {
            #expect(received.filter { $0.subject == "Sales (\(job))" }.count == sent.filter { $0.job == job }.count)
        }
    }
}
