import BICore
import Foundation
import Mail

/// A data alert's check: the number its condition reads from the query's result, whether it
/// holds, and the email that says so.
struct AlertCheck {
    var alert: AlertSettings
    var snapshot: ReportSnapshot

    /// The row count or the first value; nil when the value is missing or not a number.
    var observed: Double? {
        guard let table = snapshot.results[alert.query] else { return nil }
        switch alert.condition.subject {
        case .rows: return Double(table.rowCount)
        case .value: return table.rowCount > 0 && !table.columns.isEmpty ? table[0, 0].number : nil
        }
    }

    var holds: Bool { observed.map(alert.condition.holds(for:)) ?? false }

    func message(from: String, messageID: String) -> MailMessage {
        let observedText = observed.map { $0 == $0.rounded() ? String(Int64($0)) : String($0) } ?? "–"
        let summary = "\(alert.condition.subject.rawValue) is \(observedText): \(alert.condition) holds for '\(alert.query)' in \(snapshot.title)."
        var rows = ""
        if let table = snapshot.results[alert.query], table.rowCount > 0 {
            let shown = min(table.rowCount, 20)
            rows = "\n\n" + table.columns.map(\.name).joined(separator: "\t") + "\n"
            rows += (0..<shown).map { row in table.row(row).map(\.text).joined(separator: "\t") }.joined(separator: "\n")
            if table.rowCount > shown { rows += "\n… \(table.rowCount - shown) more rows" }
        }
        let text = summary + rows + "\n"
        let html = "<!DOCTYPE html><html><body><p>\(summary.xmlEscaped)</p><pre>\(rows.xmlEscaped)</pre></body></html>"
        var message = MailMessage(from: from, to: alert.schedule.recipients,
                                  subject: alert.schedule.subject ?? "Alert: \(snapshot.title): \(alert.condition)", text: text, html: html)
        message.messageID = messageID
        return message
    }
}
