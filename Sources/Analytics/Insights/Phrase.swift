import BICore
import Foundation

/// How numbers, percentages, p-values and periods are written in insight sentences.
enum Phrase {
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]
    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// A short amount: `1.2K`, `$3.4M`, `995`, `37.7`, `0.42`.
    static func amount(_ value: Double, _ format: NumberFormat) -> String {
        switch format {
        case .percent: format.full(value)
        case .auto, .integer: abs(value) < 1_000 ? significant(value) : format.axisLabel(value)
        case .fixed, .usd: format.axisLabel(value)
        }
    }

    /// Three significant digits below 1,000: `995`, `37.7`, `4.25`, `0.0123`.
    static func significant(_ value: Double) -> String {
        let magnitude = abs(value)
        guard magnitude > 0 else { return "0" }
        let decimals = magnitude >= 100 ? 0 : (magnitude >= 10 ? 1 : min(12, Int((-log10(magnitude)).rounded(.down)) + 3))
        return NumberFormat.trimmed(value, maxDecimals: decimals)
    }

    /// A ratio as a percentage without sign: `0.22` → `22%`, `0.031` → `3.1%`, `0.000023` →
    /// `0.0023%` (two significant digits below 0.1%).
    static func percent(_ ratio: Double) -> String {
        let value = abs(ratio) * 100
        guard value > 0 else { return "0%" }
        let decimals = value >= 9.95 ? 0 : (value >= 0.095 ? 1 : min(12, Int((-log10(value)).rounded(.down)) + 2))
        return NumberFormat.grouped(value, decimals: decimals).replacingZeroDecimals() + "%"
    }

    /// A change with its sign: `+22%`, `−96%` (a true minus sign).
    static func signedPercent(_ ratio: Double) -> String {
        (ratio < 0 ? "−" : "+") + percent(ratio)
    }

    /// `p < 0.001`, or `p = 0.03` rounded to two significant digits.
    static func pValue(_ p: Double) -> String {
        if p < 0.001 { return "p < 0.001" }
        let decimals = p >= 0.1 ? 2 : 3
        return "p = " + NumberFormat.trimmed(p, maxDecimals: decimals)
    }

    /// The calendar period starting on `day` at `frequency`: `2025-06-10`, `the week of 2025-06-09`,
    /// `June 2025`, `Q2 2025`, `2025`.
    static func period(_ day: Day, _ frequency: Frequency) -> String {
        switch frequency {
        case .daily, .businessDaily, .numeric, .ordinal: day.description
        case .weekly: "the week of \(day)"
        case .monthly: "\(monthNames[day.month - 1]) \(day.year)"
        case .quarterly: "Q\(day.quarter) \(day.year)"
        case .yearly: String(day.year)
        }
    }
}

private extension String {
    /// `"3.0"` → `"3"`, keeping `"3.1"`.
    func replacingZeroDecimals() -> String {
        guard contains(".") else { return self }
        var text = self
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
