import Foundation

/// The local aiosmtpd server of the mail tests (`Tests/MailTests/Fixtures/smtp_server.py`, AUTH as
/// reports / s3cret-pass): each message lands in `folder` as N.eml with its envelope in N.env.
/// It can be stopped and started again on the same port, to play a mail server outage.
public final class SMTPTestServer: @unchecked Sendable {
    public let folder: TemporaryDirectory
    public let port: Int
    private var process: Process?

    public static let password = "s3cret-pass"

    public init() throws {
        folder = try TemporaryDirectory("smartbi-smtp")
        port = Int.random(in: 20_000...60_000)
    }

    deinit { stop() }

    /// Starts the server and waits until it listens.
    public func start() throws {
        try? FileManager.default.removeItem(atPath: folder.path("ready"))
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../MailTests/Fixtures/smtp_server.py").standardized.path
        server.arguments = ["python3", script, String(port), folder.path]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        process = server
        let deadline = Date().addingTimeInterval(10)
        while !folder.exists("ready"), Date() < deadline { usleep(50_000) }
        guard folder.exists("ready") else { throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "aiosmtpd did not start (pip install aiosmtpd)"]) }
    }

    public func stop() {
        guard let process else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        self.process = nil
    }

    /// The received messages' file names (`0.eml`, `1.eml`, …), in arrival order.
    public var messages: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".eml") }.sorted { Int($0.dropLast(4))! < Int($1.dropLast(4))! }
    }

    /// The `smtp:` block of a `bi.yml` that sends through this server.
    public var configYAML: String {
        """
        smtp:
          host: 127.0.0.1
          port: \(port)
          username: reports
          password_env: TEST_SMTP_PASSWORD
          from: "Reports <reports@example.com>"
          starttls: false
        """
    }
}
