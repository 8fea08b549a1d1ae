import BICore
import Foundation
import Mail

/// The email of a scheduled report: an HTML body with the key figures and the charts inline
/// (`cid:` pictures), a plain-text alternative with the same figures in words, and the PDF attached.
enum ReportMail {
    static func message(_ snapshot: ReportSnapshot, job: ScheduledJob, from: String, messageID: String) -> MailMessage {
        let subject = job.settings.subject ?? snapshot.title
        let figures = snapshot.charts.filter(\.isCompact), charts = snapshot.charts.filter { !$0.isCompact }
        var text = "\(snapshot.title)\nAs of \(snapshot.asOf)\n\n"
        text += figures.map { "• \($0.description)" }.joined(separator: "\n")
        text += (figures.isEmpty ? "" : "\n\n") + charts.map { "\($0.title): \($0.description)" }.joined(separator: "\n\n")
        text += "\n\nThe full report is attached as \(snapshot.pdfName).\n"

        var html = "<!DOCTYPE html><html><body style=\"font-family:sans-serif;color:#1f2937\">"
        html += "<h1 style=\"font-size:22px\">\(snapshot.title.xmlEscaped)</h1><p style=\"color:#6b7280\">As of \(snapshot.asOf)</p>"
        if !figures.isEmpty {
            html += "<ul class=\"kpis\">" + figures.map { "<li>\($0.description.xmlEscaped)</li>" }.joined() + "</ul><p>"
            html += figures.map(image).joined(separator: " ") + "</p>"
        }
        html += charts.map { "<h2 style=\"font-size:16px\">\($0.title.xmlEscaped)</h2><p>\(image($0))</p>" }.joined()
        html += "<p>The full report is attached as \(snapshot.pdfName.xmlEscaped).</p></body></html>"

        var message = MailMessage(from: from, to: job.settings.recipients, subject: subject, text: text, html: html,
                                  inlineImages: snapshot.charts.map {
                                      MailPart(filename: $0.id + ".png", contentType: "image/png", bytes: $0.png, contentID: $0.id + "@smartbi")
                                  })
        if !snapshot.pdf.isEmpty {
            message.attachments = [MailPart(filename: snapshot.pdfName, contentType: "application/pdf", bytes: snapshot.pdf)]
        }
        message.messageID = messageID
        return message
    }

    private static func image(_ chart: ReportSnapshot.Chart) -> String {
        let width = chart.isCompact ? 300 : Int(ReportSnapshot.emailWidth)
        return "<img src=\"cid:\(chart.id)@smartbi\" width=\"\(width)\" alt=\"\(chart.description.xmlEscaped)\">"
    }
}
