import BICore

/// What the order simulation needs to know about one day, worked out once per day.
struct SalesDay {
    let index: Int
    let day: Day
    /// 0 on the first sales day, 1 on the last.
    let progress: Double
    /// Days until the last sales day: recent orders are still pending or shipped.
    let daysBeforeEnd: Int
    /// Price level relative to the last day: 3% inflation a year.
    let priceLevel: Double
    let isBlackFridayWeekend: Bool
    let isOutage: Bool
    let isFlashSale: Bool
    let isPricingError: Bool
    let isChristmas: Bool

    static let inflationPerYear = 0.03

    init(index: Int, day: Day) {
        let first = SalesCalendar.firstDay.dayNumber
        let last = SalesCalendar.lastDay.dayNumber
        self.index = index
        self.day = day
        progress = Double(day.dayNumber - first) / Double(last - first)
        daysBeforeEnd = last - day.dayNumber
        priceLevel = PortableMath.pow(1 + Self.inflationPerYear, -Double(daysBeforeEnd) / 365.25)
        isBlackFridayWeekend = SalesEvents.isBlackFridayWeekend(day)
        isOutage = SalesEvents.outage.contains(day)
        isFlashSale = day == SalesEvents.flashSale
        isPricingError = day == SalesEvents.pricingError
        isChristmas = SalesEvents.isChristmas(day)
    }
}
