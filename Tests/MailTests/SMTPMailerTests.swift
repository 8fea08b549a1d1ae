import BICore
import Foundation
import Mail
import Testing
import TestSupport

/// Sends real messages through a local aiosmtpd server (pip install aiosmtpd; scripts/test does).
@Suite(.serialized) struct SMTPMailerTests {
    let smtp: SMTPTestServer
    var folder: TemporaryDirectory { smtp.folder }
    var port: Int { smtp.port }

    init() throws {
        smtp = try SMTPTestServer()
        try smtp.start()
    }

    func config(starttls: Bool = false) -> SMTPConfig {
        SMTPConfig(host: "127.0.0.1", port: port, username: "reports", passwordEnvironmentVariable: "TEST_SMTP_PASSWORD",
                   from: "Reports <reports@example.com>", startTLS: starttls)
    }

    func stop() { smtp.stop() }

    @Test func sendsTextHTMLInlineImagesAndAttachments() async throws {
        defer { stop() }
        let mailer = try SMTPMailer(config: config(), environment: ["TEST_SMTP_PASSWORD": "s3cret-pass"])
        let pdf: [UInt8] = Array("%PDF-1.4 fake".utf8) + (0..<200).map { UInt8($0) }
        try await mailer.send(MailMessage(
            from: "Reports <reports@example.com>", to: ["ceo@example.com", "Ann <ann@example.com>"], subject: "Umsätze März",
            text: "Revenue was $1.2M.", html: "<p>Revenue was $1.2M.</p><img src=\"cid:chart\">",
            inlineImages: [MailPart(filename: "chart.png", contentType: "image/png", bytes: [0x89, 0x50, 0x4E, 0x47], contentID: "chart")],
            attachments: [MailPart(filename: "sales.pdf", contentType: "application/pdf", bytes: pdf)]))
        let envelope = try folder.read("0.env")
        #expect(envelope == "reports@example.com\nceo@example.com,ann@example.com\n")
        let message = try folder.read("0.eml")
        #expect(message.contains("Subject: =?utf-8?B?\(Data("Umsätze März".utf8).base64EncodedString())?="))
        #expect(message.contains("Content-Type: multipart/mixed;") && message.contains("Content-Type: multipart/related;")
                && message.contains("Content-Type: multipart/alternative;"))
        #expect(message.contains("Content-ID: <chart>") && message.contains("Content-Disposition: attachment; filename=\"sales.pdf\""))
        #expect(message.contains(Data("Revenue was $1.2M.".utf8).base64EncodedString()))
        let lines = message.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 998 })
        let start = try #require(lines.firstIndex(of: "Content-Disposition: attachment; filename=\"sales.pdf\""))
        let body = lines[(start + 2)...].prefix { !$0.hasPrefix("--") }.joined()
        #expect(Data(base64Encoded: body).map([UInt8].init) == pdf)
    }

    @Test func aWrongPasswordFailsWithoutShowingIt() async throws {
        defer { stop() }
        let mailer = try SMTPMailer(config: config(), environment: ["TEST_SMTP_PASSWORD": "not-the-password"])
        do {
            try await mailer.send(MailMessage(from: "reports@example.com", to: ["a@example.com"], subject: "x", text: "y"))
            Issue.record("sending with a wrong password should fail")
        } catch let error as MailError {
            #expect(error.description.hasPrefix("sending mail through 127.0.0.1:\(port) failed: "))
            #expect(!error.description.contains("not-the-password"))
        }
    }

    @Test func starttlsIsRequiredWhenConfigured() async throws {
        defer { stop() }
        let mailer = try SMTPMailer(config: config(starttls: true), environment: ["TEST_SMTP_PASSWORD": "s3cret-pass"])
        await #expect(throws: MailError.self) {
            try await mailer.send(MailMessage(from: "reports@example.com", to: ["a@example.com"], subject: "x", text: "y"))
        }
        #expect(!folder.exists("0.eml"), "nothing is sent in the clear")
    }

    @Test func aMissingPasswordVariableIsAClearError() {
        defer { stop() }
        #expect(throws: MailError("the SMTP password variable TEST_SMTP_PASSWORD is not set (smtp: password_env in bi.yml)")) {
            try SMTPMailer(config: config(), environment: [:])
        }
    }
}
