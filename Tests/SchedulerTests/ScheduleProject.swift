import Foundation
import TestSupport

/// A small project for the scheduler's end-to-end tests: the demo sales data (1,500 order items),
/// a `sales` report with a key figure and two charts scheduled for Mondays at 07:00 in Berlin, and
/// the test SMTP server in `bi.yml`. Commands run the real `bi` binary.
final class ScheduleProject: @unchecked Sendable {
    let folder: TemporaryDirectory
    let smtp: SMTPTestServer
    /// `state:` in bi.yml; nil: the default SQLite file.
    let state: String?

    /// - Parameters:
    ///   - scheduler: lines under `scheduler:` in bi.yml.
    ///   - extraSchedules: names of more `schedules:` entries, each emailing the sales report every minute.
    init(scheduler: [String] = [], state: String? = nil, frontMatter: String = "", extraSchedules: [String] = []) throws {
        folder = try TemporaryDirectory("smartbi-schedule")
        smtp = try SMTPTestServer()
        self.state = state
        var config = """
            title: Schedule test
            timezone: Europe/Berlin
            default_source: demo
            sources:
              demo:
                url: sqlite:data/demo.db
                demo_data: 1500
            \(smtp.configYAML)

            """
        if let state { config += "state: \(state)\n" }
        if !scheduler.isEmpty { config += "scheduler:\n" + scheduler.map { "  \($0)\n" }.joined() }
        if !extraSchedules.isEmpty {
            config += "schedules:\n" + extraSchedules.map {
                "  \($0):\n    report: sales\n    cron: \"* * * * *\"\n    email: [team@example.com]\n    subject: \"Sales (\($0))\"\n"
            }.joined()
        }
        try folder.write(config, to: "bi.yml")
        try folder.write("""
            ---
            title: Sales
            schedule: "0 7 * * MON"
            email: [ceo@example.com, Ann <ann@example.com>]
            \(frontMatter)
            ---

            # Sales

            ```sql monthly
            select strftime('%Y-%m', o.order_date) as month, round(sum(oi.quantity * oi.unit_price), 2) as revenue
            from order_items oi join orders o on o.id = oi.order_id group by 1 order by 1
            ```

            <BigValue data=monthly x=month y=revenue title="Revenue" fmt=usd />

            <LineChart data=monthly x=month y=revenue title="Revenue by month" fmt=usd />

            ```sql by_category
            select p.category, round(sum(oi.quantity * oi.unit_price), 2) as revenue
            from order_items oi join products p on p.id = oi.product_id group by 1 order by 2 desc
            ```

            <BarChart data=by_category x=category y=revenue title="Revenue by category" fmt=usd />

            """, to: "reports/sales.md")
    }

    var environment: [String: String] { ["TEST_SMTP_PASSWORD": SMTPTestServer.password] }

    /// Runs `bi schedule ARGUMENTS…` in the project.
    @discardableResult
    func schedule(_ arguments: String...) throws -> BIProcess.Outcome {
        try BIProcess.run(["schedule"] + arguments + ["--project", folder.path], environment: environment)
    }

    /// Starts `bi schedule daemon` in the background, with `environment` added.
    func startDaemon(environment extra: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BIProcess.executable)
        process.arguments = ["schedule", "daemon", "--project", folder.path]
        process.environment = ProcessInfo.processInfo.environment.merging(environment.merging(extra) { $1 }) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// The received messages, parsed (Fixtures/mail_parts.py), attachments and images saved beside them.
    func received() throws -> [ReceivedMail] {
        try smtp.messages.map { name in
            let folder = smtp.folder.path(name + ".parts")
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/mail_parts.py").path
            let json = try Tool.run("python3", [script, smtp.folder.path(name), folder]).output
            var mail = try JSONDecoder().decode(ReceivedMail.self, from: Data(json.utf8))
            mail.envelope = try smtp.folder.read(String(name.dropLast(4)) + ".env")
            return mail
        }
    }
}

/// One message as the SMTP server received it.
struct ReceivedMail: Decodable {
    struct Part: Decodable {
        var type: String
        var disposition: String?
        var filename: String?
        var cid: String
        var path: String?
        var size: Int?
    }

    var subject: String
    var to: String
    var message_id: String
    var top: String
    var text: String?
    var html: String?
    var parts: [Part]
    var envelope = ""

    enum CodingKeys: String, CodingKey { case subject, to, message_id, top, text, html, parts }
}

/// Waits up to `seconds` for `condition`, checking every 100 ms.
func waitUntil(seconds: Double, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try condition() { return true }
        usleep(100_000)
    }
    return try condition()
}
