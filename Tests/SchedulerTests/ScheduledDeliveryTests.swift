import Foundation
import Testing
import TestSupport

/// `bi schedule run-due --now …` against a real SMTP server (aiosmtpd): what arrives, and that it
/// arrives once, through retries, catch-up and alerts.
@Suite(.serialized) struct ScheduledDeliveryTests {
    static let monday = "2026-11-30T07:00:00+01:00"

    @Test func theReportArrivesWithKeyFiguresInlineChartsAndThePDF() throws {
        let project = try ScheduleProject()
        try project.smtp.start()
        let run = try project.schedule("run-due", "--now", Self.monday)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == "sales 2026-11-30T06:00:00Z: sent (attempt 1)\n")

        let mails = try project.received()
        try #require(mails.count == 1)
        let mail = mails[0]
        #expect(mail.envelope == "reports@example.com\nceo@example.com,ann@example.com\n")
        #expect(mail.subject == "Sales" && mail.to == "ceo@example.com, Ann <ann@example.com>" && mail.top == "multipart/mixed")
        let text = try #require(mail.text), html = try #require(mail.html)
        #expect(text.contains("As of 2026-11-30") && text.contains("• Revenue: $"))
        #expect(html.contains("<li>Revenue: $"))
        let images = mail.parts.filter { $0.type == "image/png" }
        #expect(images.map(\.cid) == ["chart-1@smartbi", "chart-2@smartbi", "chart-3@smartbi"])
        for image in images {
            #expect(html.contains("src=\"cid:\(image.cid)\"") && image.disposition == "inline")
            let path = try #require(image.path)
            let bytes = try #require(FileManager.default.contents(atPath: path))
            #expect(bytes.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        }
        let pdf = try #require(mail.parts.first { $0.type == "application/pdf" })
        #expect(pdf.disposition == "attachment" && pdf.filename == "sales.pdf")
        let pdfPath = try #require(pdf.path)
        let check = try Tool.run("qpdf", ["--check", pdfPath])
        #expect(check.status == 0, "\(check.output)\(check.errors)")
        #expect(try Tool.run("pdftotext", [pdfPath, "-"]).output.contains("Revenue by category"))

        // The same pass again sends nothing: the run is recorded as sent.
        #expect(try project.schedule("run-due", "--now", Self.monday).output == "")
        #expect(try project.received().count == 1)
        let list = try project.schedule("list", "--now", "2026-11-30T07:05:00+01:00")
        #expect(list.output == "sales\treport\t0 7 * * MON (Europe/Berlin)\tnext 2026-12-07T07:00:00+01:00\tlast 2026-11-30T07:00:00+01:00 sent\n")
    }

    @Test func theMailServerDownForTwoAttemptsThenUpDeliversOnce() throws {
        let project = try ScheduleProject(scheduler: ["attempts: 4", "retry_delay: 60"])
        let first = try project.schedule("run-due", "--now", "2026-11-30T07:00:00+01:00")
        #expect(first.status == 0)
        #expect(first.output.hasPrefix("sales 2026-11-30T06:00:00Z: attempt 1 failed, retrying at 2026-11-30T06:01:00Z: sending mail through 127.0.0.1:"))
        let second = try project.schedule("run-due", "--now", "2026-11-30T07:01:00+01:00")
        #expect(second.output.hasPrefix("sales 2026-11-30T06:00:00Z: attempt 2 failed, retrying at 2026-11-30T06:03:00Z"))
        // Backoff: not yet due a minute later.
        #expect(try project.schedule("run-due", "--now", "2026-11-30T07:02:00+01:00").output == "")
        try project.smtp.start()
        #expect(try project.schedule("run-due", "--now", "2026-11-30T07:03:00+01:00").output == "sales 2026-11-30T06:00:00Z: sent (attempt 3)\n")
        #expect(try project.schedule("run-due", "--now", "2026-11-30T07:30:00+01:00").output == "")
        #expect(try project.received().count == 1)
    }

    @Test func aRunThatNeverGetsThroughEndsAsAVisibleFailure() throws {
        let project = try ScheduleProject(scheduler: ["attempts: 2", "retry_delay: 60"])
        _ = try project.schedule("run-due", "--now", "2026-11-30T07:00:00+01:00")
        let last = try project.schedule("run-due", "--now", "2026-11-30T07:01:00+01:00")
        #expect(last.status == 1)
        #expect(last.output.hasPrefix("sales 2026-11-30T06:00:00Z: failed after 2 attempts: sending mail through 127.0.0.1:"))
        let list = try project.schedule("list", "--now", "2026-11-30T07:05:00+01:00").output
        #expect(list.contains("last 2026-11-30T07:00:00+01:00 failed: sending mail through 127.0.0.1:"))
    }

    @Test(arguments: [("once", "sales 2026-12-14T06:00:00Z: skipped 2 missed runs\nsales 2026-12-21T06:00:00Z: sent (attempt 1)\n", 2),
                      ("skip", "sales 2026-12-21T06:00:00Z: skipped 3 missed runs\n", 1)])
    func runsMissedWhileDownAreCaughtUpOnceOrSkipped(_ policy: String, _ expected: String, _ mails: Int) throws {
        let project = try ScheduleProject(scheduler: ["catch_up: \(policy)"])
        try project.smtp.start()
        _ = try project.schedule("run-due", "--now", Self.monday)
        // Down for three Mondays; back two hours after the third one's time.
        #expect(try project.schedule("run-due", "--now", "2026-12-21T09:00:00+01:00").output == expected)
        #expect(try project.received().count == mails)
    }

    @Test func anAlertEmailsWhenItsConditionHoldsAndThenWaitsOutItsCooldown() throws {
        let project = try ScheduleProject(frontMatter: """
            alert:
              query: monthly
              condition: rows > 0
              schedule: "0 * * * *"
              cooldown: 2h
              email: [ops@example.com]
            """)
        try project.smtp.start()
        let first = try project.schedule("run-due", "--now", Self.monday)
        #expect(first.output.split(separator: "\n").sorted() == ["sales 2026-11-30T06:00:00Z: sent (attempt 1)",
                                                                  "sales#alert 2026-11-30T06:00:00Z: sent (attempt 1)"])
        let second = try project.schedule("run-due", "--now", "2026-11-30T08:00:00+01:00")
        #expect(second.output.hasPrefix("sales#alert 2026-11-30T07:00:00Z: nothing to send (rows > 0 holds, but an alert went out 3600s ago (cooldown))"))
        #expect(try project.schedule("run-due", "--now", "2026-11-30T09:00:00+01:00").output == "sales#alert 2026-11-30T08:00:00Z: sent (attempt 1)\n")
        let alerts = try project.received().filter { $0.subject.hasPrefix("Alert:") }
        #expect(alerts.count == 2)
        #expect(alerts.first?.subject == "Alert: Sales: rows > 0" && alerts.first?.envelope == "reports@example.com\nops@example.com\n")
        #expect(alerts.first?.text?.hasPrefix("rows is ") == true)
    }

    @Test func anAlertWhoseConditionDoesNotHoldSendsNothing() throws {
        let project = try ScheduleProject(frontMatter: """
            alert:
              query: monthly
              condition: value < 0
              schedule: "0 * * * *"
              email: [ops@example.com]
            """)
        try project.smtp.start()
        let run = try project.schedule("run-due", "--now", "2026-11-30T08:00:00+01:00")
        #expect(run.output == "sales#alert 2026-11-30T07:00:00Z: nothing to send (value < 0 does not hold)\n")
        #expect(try project.received().isEmpty)
    }
}
