import BICore

/// Days that sell unlike the rest: Black Friday weekends, Christmas, and the three anomalies
/// injected for analytics to find.
enum SalesEvents {
    /// Checkout outage: about 4% of the usual orders, many of them cancelled.
    static let outage = Day(year: 2024, month: 8, day: 12)!...Day(year: 2024, month: 8, day: 18)!
    static let outageFactor = 0.04
    /// Flash sale: about six times the orders, Audio at 30% off.
    static let flashSale = Day(year: 2025, month: 6, day: 10)!
    static let flashSaleFactor = 6.0
    /// Pricing error: Laptops at 90% off, and more orders.
    static let pricingError = Day(year: 2024, month: 3, day: 21)!
    static let pricingErrorFactor = 1.7
    /// Stores closed on December 25.
    static let christmasFactor = 0.35
    /// Black Friday, Saturday, Sunday and Cyber Monday.
    static let blackFridayWeekendFactors = [3.2, 1.8, 1.6, 2.5]

    /// How many more (or fewer) orders `day` draws than an ordinary day like it.
    static func volumeFactor(on day: Day) -> Double {
        if outage.contains(day) { return outageFactor }
        if day == flashSale { return flashSaleFactor }
        if day == pricingError { return pricingErrorFactor }
        if isChristmas(day) { return christmasFactor }
        if let offset = blackFridayWeekendOffset(of: day) { return blackFridayWeekendFactors[offset] }
        return 1
    }

    static func isChristmas(_ day: Day) -> Bool { day.month == 12 && day.day == 25 }

    static func isBlackFridayWeekend(_ day: Day) -> Bool { blackFridayWeekendOffset(of: day) != nil }

    /// The Friday after the fourth Thursday of November.
    static func blackFriday(in year: Int) -> Day {
        let november1 = Day(year: year, month: 11, day: 1)!
        let firstThursday = november1.adding(days: (4 - november1.weekday + 7) % 7)
        return firstThursday.adding(days: 22)
    }

    /// 0 on Black Friday … 3 on Cyber Monday; nil on other days.
    private static func blackFridayWeekendOffset(of day: Day) -> Int? {
        guard day.month == 11 || day.month == 12 else { return nil }
        let offset = day.dayNumber - blackFriday(in: day.year).dayNumber
        return blackFridayWeekendFactors.indices.contains(offset) ? offset : nil
    }
}
