import BICore

/// Dates and times as numbers for time scales: days since 1970-01-01, with the time of day as a fraction.
public enum Temporal {
    /// `2025-03-14`, `2025-03-14T09:30[:00]` (or with a space), and `2025-03` (the month's first day).
    public static func days(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        if bytes.count == 7, bytes[4] == UInt8(ascii: "-"), let day = Day(iso: text + "-01") {
            return Double(day.dayNumber)
        }
        guard bytes.count >= 10, let day = Day(iso: String(decoding: bytes[0..<10], as: UTF8.self)) else { return nil }
        guard bytes.count > 10 else { return Double(day.dayNumber) }
        guard Timestamp.isISO(text) else { return nil }
        let hours = Double((Int(bytes[11]) - 48) * 10 + Int(bytes[12]) - 48)
        let minutes = Double((Int(bytes[14]) - 48) * 10 + Int(bytes[15]) - 48)
        return Double(day.dayNumber) + (hours * 60 + minutes) / 1440
    }

    /// Whether every non-empty label reads as a date, a month or a timestamp (and there is one).
    public static func isTemporal(_ labels: [String]) -> Bool {
        var seen = false
        for label in labels where !label.isEmpty {
            guard days(label) != nil else { return false }
            seen = true
        }
        return seen
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
