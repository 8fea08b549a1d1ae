import Foundation

extension InsightWriter {
    /// "Upward trend: +3.1% per month (Mann–Kendall p < 0.001)", or "No significant trend (…)".
    /// The rate is compound growth for positive series, else the slope in the data's units.
    public func trend(_ trend: TrendEstimate) -> Insight {
        let (from, to) = span(0..<series.count)
        let test = "Mann–Kendall \(Phrase.pValue(trend.mannKendall.pValue))"
        guard trend.isSignificant else {
            return Insight(kind: .trend, text: "No significant trend (\(test))", score: 0.1, from: from, to: to)
        }
        let unit = rateUnit
        let direction = trend.slope >= 0 ? "Upward" : "Downward"
        let rate: String
        let total: Double
        if let growth = trend.growthPerPoint {
            rate = Phrase.signedPercent(pow(1 + growth, unit.points) - 1)
            total = pow(1 + growth, Double(series.count - 1)) - 1
        } else {
            rate = (trend.slope >= 0 ? "+" : "−") + amount(abs(trend.slope * unit.points))
            total = trend.rSquared
        }
        return Insight(kind: .trend, text: "\(direction) trend: \(rate) per \(unit.name) (\(test))",
                       score: 0.45 + 0.35 * InsightWriter.magnitude(total, saturation: 1), from: from, to: to)
    }
}
