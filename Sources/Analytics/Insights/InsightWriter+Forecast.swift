extension InsightWriter {
    /// "Forecast: $1.6M over the next 12 months (2026-01 to 2026-12), 8% above the last 12 months".
    public func forecast(_ forecast: Forecast) -> Insight? {
        guard let first = forecast.points.first, let last = forecast.points.last else { return nil }
        let horizon = forecast.points.count
        let ahead = aggregation.combine(forecast.points.map { Optional($0.point) })!
        let period = InsightWriter.count(horizon, frequency.unit)
        var text = aggregation == .mean ? "Forecast: an average of \(amount(ahead)) over the next \(period)"
                                        : "Forecast: \(amount(ahead)) over the next \(period)"
        text += horizon == 1 ? " (\(first.x))" : " (\(first.x) to \(last.x))"
        let recent = series.values.suffix(horizon)
        if recent.allSatisfy({ $0 != nil }), let before = aggregation.combine(recent), before != 0 {
            let change = ahead / before - 1
            text += abs(change) < 0.005 ? ", level with the last \(period)"
                : ", \(Phrase.percent(change)) \(change > 0 ? "above" : "below") the last \(period)"
        }
        return Insight(kind: .forecast, text: text, score: 0.5, from: first.x, to: last.x, points: forecast.points.map(\.x))
    }
}
