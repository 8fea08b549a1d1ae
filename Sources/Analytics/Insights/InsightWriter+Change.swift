extension InsightWriter {
    /// "Revenue grew 22% year over year (from $1.2M in 2024 to $1.5M in 2025)".
    public func change(_ comparison: PeriodComparison) -> Insight? {
        guard let change = comparison.change else { return nil }
        let (current, previous) = (amount(comparison.current), amount(comparison.previous))
        let (from, to) = span(comparison.currentRange)
        let score: Double
        let text: String
        switch comparison.kind {
        case .yearOverYear:
            let verb = abs(change) < 0.005 ? "stayed flat" : "\(change > 0 ? "grew" : "fell") \(Phrase.percent(change))"
            text = "\(subject) \(verb) year over year (from \(previous) in \(comparison.previousName) to \(current) in \(comparison.currentName))"
            score = 0.5 + 0.4 * InsightWriter.magnitude(change, saturation: 0.5)
        case .yearToDate:
            let verb = abs(change) < 0.005 ? "flat" : "\(change > 0 ? "up" : "down") \(Phrase.percent(change))"
            text = "\(subject) \(verb) year to date (\(current) in \(comparison.currentName) vs \(previous) in \(comparison.previousName))"
            score = 0.45 + 0.4 * InsightWriter.magnitude(change, saturation: 0.5)
        case .latestPeriod:
            let preposition = frequency.isCalendar ? "in" : "at"
            let relation = abs(change) < 0.005 ? "level with" : "\(Phrase.percent(change)) \(change > 0 ? "above" : "below")"
            text = "\(subject) \(preposition) \(comparison.currentName): \(relation) \(comparison.previousName) (\(current) vs \(previous))"
            score = 0.35 + 0.35 * InsightWriter.magnitude(change, saturation: 0.5)
        }
        return Insight(kind: .change, text: text, score: score, from: from, to: to)
    }
}
