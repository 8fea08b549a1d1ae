extension InsightWriter {
    /// "Strong weekly seasonality: Saturdays are 18% above average, Tuesdays 12% below"; nil
    /// for a weak pattern. `frequency` is the frequency the pattern was measured at (monthly for
    /// the yearly pattern of daily data).
    public func seasonality(_ seasonality: Seasonality, frequency: Frequency? = nil) -> Insight? {
        guard seasonality.strength >= 0.3 else { return nil }
        let cycle = seasonality.cycleName(for: frequency ?? self.frequency)
        let (peak, trough) = (seasonality.peak, seasonality.trough)
        let size = { (effect: Double) in seasonality.isRelative ? Phrase.percent(effect) : self.amount(abs(effect)) }
        var text = "\(seasonality.strengthWord.capitalizedFirst) \(cycle) seasonality: \(peak.name) \(peak.name.hasSuffix("s") ? "are" : "is") "
            + "\(size(peak.effect)) above average"
        if trough.effect < 0 { text += ", \(trough.name) \(size(trough.effect)) below" }
        let (from, to) = span(0..<series.count)
        return Insight(kind: .seasonality, text: text, score: 0.75 * seasonality.strength, from: from, to: to)
    }
}

extension String {
    /// "strong" → "Strong".
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
