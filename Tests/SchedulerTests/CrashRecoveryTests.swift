import Foundation
import State
import Testing
import TestSupport

/// A real `bi schedule daemon` killed with SIGKILL at the worst moments, then started again.
/// Its schedule fires every minute; the run it was killed in is followed through the run history.
@Suite(.serialized) struct CrashRecoveryTests {
    /// Kills the daemon when it pauses at `point`, restarts it, and waits until that run is confirmed.
    /// Returns the run, every run of the job, and the Message-IDs received (in order).
    func crash(at point: String) throws -> (run: ScheduleRun, all: [ScheduleRun], received: [String], beforeRestart: Int) {
        let project = try ScheduleProject(scheduler: ["lease: 2", "poll: 1", "retry_delay: 1"], extraSchedules: ["minutely"])
        try project.smtp.start()
        _ = try project.schedule("list")          // makes the demo data before the daemon starts
        let pauseFile = project.folder.path("paused")
        let first = try project.startDaemon(environment: ["SMARTBI_SCHEDULER_PAUSE_AT": point, "SMARTBI_SCHEDULER_PAUSE_FILE": pauseFile])
        let paused = waitUntil(seconds: 60) { FileManager.default.fileExists(atPath: pauseFile) }
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        try #require(paused, "the daemon never reached \(point)")
        let beforeRestart = project.smtp.messages.count

        let store = try ScheduleRunStore.open("sqlite:" + project.folder.path(".bi/state.sqlite"), projectDirectory: ".")
        let interrupted = try #require(try store.runs(job: "minutely").first { $0.status == .running || $0.status == .sending })
        let second = try project.startDaemon()
        defer { kill(second.processIdentifier, SIGKILL); second.waitUntilExit() }
        let confirmed = try waitUntil(seconds: 60) { try store.runs(job: "minutely").first { $0.key == interrupted.key }?.status == .sent }
        try #require(confirmed, "the interrupted run was not completed after the restart")
        // Let any run the restarted daemon is in the middle of finish before counting.
        _ = try waitUntil(seconds: 30) { try store.runs(job: "minutely").allSatisfy { $0.status == .sent } }
        kill(second.processIdentifier, SIGKILL)
        second.waitUntilExit()
        let all = try store.runs(job: "minutely")
        let received = try project.received().filter { $0.subject == "Sales (minutely)" }.map(\.message_id)
        return (try #require(all.first { $0.key == interrupted.key }), all, received, beforeRestart)
    }

    @Test func killedBetweenBuildAndSendTheReportArrivesExactlyOnce() throws {
        let outcome = try crash(at: "before-send")
        #expect(outcome.beforeRestart == 0)
        #expect(outcome.run.attempts == 2)
        let id = try #require(outcome.run.messageID)
        #expect(outcome.received.filter { $0 == id }.count == 1)
        // Every other run of the job, too, arrived once.
        #expect(outcome.received.count == outcome.all.filter { $0.status == .sent }.count)
        #expect(Set(outcome.received).count == outcome.received.count)
    }

    @Test func killedBetweenSendAndConfirmationTheReportArrivesAtMostOnceMore() throws {
        let outcome = try crash(at: "before-confirm")
        #expect(outcome.beforeRestart == 1)
        #expect(outcome.run.attempts == 2)
        let id = try #require(outcome.run.messageID)
        // The resend carries the Message-ID recorded before the first send.
        let copies = outcome.received.filter { $0 == id }.count
        #expect(copies >= 1 && copies <= 2)
        #expect(outcome.received.filter { $0 != id }.count == outcome.all.filter { $0.status == .sent && $0.key != outcome.run.key }.count)
    }
}
