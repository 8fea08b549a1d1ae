import BICore

/// The days orders fall on, 2023-01-01 … 2025-12-31, and how likely each day is to get an order:
/// 22% growth a year, weekday and yearly seasonality, ``SalesEvents``, and a little daily noise.
struct SalesCalendar {
    static let firstDay = Day(year: 2023, month: 1, day: 1)!
    static let lastDay = Day(year: 2025, month: 12, day: 31)!
    static let growthPerYear = 0.22
    /// Monday first.
    static let weekdayFactors = [0.92, 0.95, 0.97, 1.0, 1.08, 1.18, 0.90]
    /// January first.
    static let monthFactors = [0.82, 0.80, 0.92, 0.95, 0.98, 0.97, 0.96, 0.98, 0.97, 1.02, 1.25, 1.45]
    /// The longest delay between an order and its shipping.
    static let maximumShippingDays = 6

    /// Every day from ``firstDay`` to ``lastDay``.
    let days: [Day]
    /// `YYYY-MM-DD` of each day, continued past ``lastDay`` far enough for late shipments.
    let isoDates: [String]
    /// Picks the index of a day for one order.
    let dayChoice: WeightedChoice

    init(using random: inout RandomSource) {
        let first = Self.firstDay.dayNumber
        days = (first...Self.lastDay.dayNumber).map(Day.init(dayNumber:))
        isoDates = (first...Self.lastDay.dayNumber + Self.maximumShippingDays).map {
            Day(dayNumber: $0).description
        }
        let yearlyGrowth = PortableMath.log(1 + Self.growthPerYear)
        dayChoice = WeightedChoice(weights: days.map { day in
            let years = Double(day.dayNumber - first) / 365.25
            return PortableMath.exp(yearlyGrowth * years)
                * Self.weekdayFactors[day.weekday - 1] * Self.monthFactors[day.month - 1]
                * SalesEvents.volumeFactor(on: day) * random.logNormal(sigma: 0.08)
        })
    }
}
