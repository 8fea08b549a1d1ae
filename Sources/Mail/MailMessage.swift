/// An email: plain text, optionally an HTML alternative with inline images, and attachments.
///
/// ```swift
/// var message = MailMessage(from: "Reports <reports@example.com>", to: ["ceo@example.com"],
///                           subject: "Monthly sales", text: "Revenue was $1.2M.")
/// message.html = #"<p>Revenue was $1.2M.</p><img src="cid:chart">"#
/// message.inlineImages = [MailPart(filename: "chart.png", contentType: "image/png", bytes: png, contentID: "chart")]
/// message.attachments = [MailPart(filename: "sales.pdf", contentType: "application/pdf", bytes: pdf)]
/// ```
public struct MailMessage: Sendable, Hashable {
    /// `Name <address>` or a bare address.
    public var from: String
    public var to: [String]
    public var subject: String
    public var text: String
    public var html: String?
    /// Images the HTML shows with `src="cid:CONTENT-ID"`.
    public var inlineImages: [MailPart]
    public var attachments: [MailPart]
    /// The `Message-ID` without angle brackets; nil makes a random one. The scheduler records it
    /// before sending, so a resent copy carries the same id.
    public var messageID: String?

    public init(from: String, to: [String], subject: String, text: String, html: String? = nil,
                inlineImages: [MailPart] = [], attachments: [MailPart] = []) {
        self.from = from
        self.to = to
        self.subject = subject
        self.text = text
        self.html = html
        self.inlineImages = inlineImages
        self.attachments = attachments
    }
}

/// A file carried by a message: an inline image (with a content id) or an attachment.
public struct MailPart: Sendable, Hashable {
    public var filename: String
    public var contentType: String
    public var bytes: [UInt8]
    /// For inline images: the id the HTML refers to as `cid:…`.
    public var contentID: String?

    public init(filename: String, contentType: String, bytes: [UInt8], contentID: String? = nil) {
        self.filename = filename
        self.contentType = contentType
        self.bytes = bytes
        self.contentID = contentID
    }
}

/// Why a message was not sent. The text never includes the SMTP password.
public struct MailError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
