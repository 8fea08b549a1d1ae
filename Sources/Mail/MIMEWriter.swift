import Foundation

/// Writes a ``MailMessage`` as RFC 5322 text with MIME parts: `multipart/mixed` (attachments) around
/// `multipart/related` (inline images) around `multipart/alternative` (text and HTML).
/// Lines end in CRLF; bodies are base64 or quoted-printable, so no line is longer than 76.
struct MIMEWriter {
    var date: Date
    /// Makes boundaries; fixed in tests for exact output.
    var boundary: (Int) -> String

    init(date: Date = Date(), boundary: @escaping (Int) -> String = { "=_bi_\($0)_\(UUID().uuidString)" }) {
        self.date = date
        self.boundary = boundary
    }

    func write(_ message: MailMessage) throws -> [UInt8] {
        for header in [message.from] + message.to where header.contains(where: \.isNewline) {
            throw MailError("an address contains a line break")
        }
        var lines = [
            "From: \(message.from)",
            "To: \(message.to.joined(separator: ", "))",
            "Subject: \(MIMEWriter.encodedWord(message.subject))",
            "Date: \(MIMEWriter.rfc5322Date(date))",
            "Message-ID: <\((message.messageID ?? UUID().uuidString.lowercased() + "@smartbi").filter { !$0.isNewline && $0 != ">" })>",
            "MIME-Version: 1.0",
        ]
        var counter = 0
        func nextBoundary() -> String { counter += 1; return boundary(counter) }

        var body = MIMEWriter.textPart(message.text, type: "text/plain")
        if let html = message.html {
            body = MIMEWriter.multipart("alternative", [body, MIMEWriter.textPart(html, type: "text/html")], boundary: nextBoundary())
        }
        if !message.inlineImages.isEmpty {
            body = MIMEWriter.multipart("related", [body] + message.inlineImages.map { MIMEWriter.filePart($0, inline: true) }, boundary: nextBoundary())
        }
        if !message.attachments.isEmpty {
            body = MIMEWriter.multipart("mixed", [body] + message.attachments.map { MIMEWriter.filePart($0, inline: false) }, boundary: nextBoundary())
        }
        lines += body
        return Array(lines.joined(separator: "\r\n").utf8) + Array("\r\n".utf8)
    }

    static func textPart(_ text: String, type: String) -> [String] {
        ["Content-Type: \(type); charset=utf-8", "Content-Transfer-Encoding: base64", ""] + base64Lines(Array(text.utf8))
    }

    static func filePart(_ part: MailPart, inline: Bool) -> [String] {
        let name = part.filename.replacingOccurrences(of: "\"", with: "").filter { !$0.isNewline }
        var headers = ["Content-Type: \(part.contentType.filter { !$0.isNewline }); name=\"\(name)\"",
                       "Content-Transfer-Encoding: base64",
                       "Content-Disposition: \(inline ? "inline" : "attachment"); filename=\"\(name)\""]
        if let id = part.contentID { headers.append("Content-ID: <\(id.filter { !$0.isNewline && $0 != ">" })>") }
        return headers + [""] + base64Lines(part.bytes)
    }

    static func multipart(_ subtype: String, _ parts: [[String]], boundary: String) -> [String] {
        var lines = ["Content-Type: multipart/\(subtype); boundary=\"\(boundary)\"", ""]
        for part in parts { lines += ["--\(boundary)"] + part }
        return lines + ["--\(boundary)--"]
    }

    static func base64Lines(_ bytes: [UInt8]) -> [String] {
        let text = Data(bytes).base64EncodedString()
        return stride(from: 0, to: text.count, by: 76).map { start in
            let from = text.index(text.startIndex, offsetBy: start)
            return String(text[from..<(text.index(from, offsetBy: 76, limitedBy: text.endIndex) ?? text.endIndex)])
        }
    }

    /// ASCII subjects as they are; others as an RFC 2047 encoded word.
    static func encodedWord(_ text: String) -> String {
        let clean = text.filter { !$0.isNewline }
        if clean.unicodeScalars.allSatisfy({ $0.isASCII }) { return clean }
        return "=?utf-8?B?\(Data(clean.utf8).base64EncodedString())?="
    }

    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }
}
