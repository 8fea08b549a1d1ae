import BICore
import Mail

/// Sends a user their emailed sign-in code.
public protocol CodeDelivery: Sendable {
    func send(code: String, to address: String, userName: String, siteTitle: String) async throws
}

/// Sends codes through the project's SMTP server.
public struct SMTPCodeDelivery: CodeDelivery {
    public let mailer: SMTPMailer

    public init(mailer: SMTPMailer) { self.mailer = mailer }

    public func send(code: String, to address: String, userName: String, siteTitle: String) async throws {
        try await mailer.send(MailMessage(
            from: mailer.config.from, to: [address], subject: "Your \(siteTitle) sign-in code",
            text: "Hello \(userName),\n\nyour sign-in code is \(code). It works once, for 10 minutes.\n\n"
                + "If you did not try to sign in, tell your administrator.\n",
            html: "<p>Hello \(userName.xmlEscaped),</p><p>your sign-in code is <strong style=\"font-size:1.4em\">\(code)</strong>."
                + " It works once, for 10 minutes.</p><p>If you did not try to sign in, tell your administrator.</p>"))
    }
}
