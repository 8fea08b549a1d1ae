/// The level of each calendar month in a daily (or business-daily) series: December against
/// January, say.
///
/// Running smoothers blur a step where one month's level gives way to the next (a holiday
/// season ending on December 31), which would leave the days around it looking anomalous. So for
/// daily series of two years or more, each calendar month's weighted mean distance from a
/// year-long running mean becomes a component of its own. Only days with a full year around
/// them are used, which is why two years are needed.
enum MonthEffects {
    /// The effect of each calendar month, January first, centred on zero; nil when the series is
    /// not daily or shorter than two years.
    static func levels(of values: [Double], weights: [Double], axis: TimeAxis) -> [Double]? {
        let n = values.count
        guard axis.frequency.isDaily, let perMonth = axis.frequency.pointsPerMonth else { return nil }
        let half = Int(6 * perMonth)
        guard n >= 4 * half + 2 else { return nil }
        var weightSums = [Double](repeating: 0, count: n + 1), valueSums = weightSums
        for index in 0..<n {
            weightSums[index + 1] = weightSums[index] + weights[index]
            valueSums[index + 1] = valueSums[index] + weights[index] * values[index]
        }
        let months = axis.calendarMonths(count: n).map { $0 % 12 }
        var totals = [Double](repeating: 0, count: 12), counts = totals
        for index in half..<(n - half) {
            let weight = weightSums[index + half + 1] - weightSums[index - half]
            guard weight > 0, weights[index] > 0 else { continue }
            let level = (valueSums[index + half + 1] - valueSums[index - half]) / weight
            totals[months[index]] += weights[index] * (values[index] - level)
            counts[months[index]] += weights[index]
        }
        guard counts.allSatisfy({ $0 > 0 }) else { return nil }
        let levels = (0..<12).map { totals[$0] / counts[$0] }
        let center = Descriptive.mean(levels)!
        return levels.map { $0 - center }
    }
}
