import Analytics
import BICore
import Foundation

/// Daily revenue shaped like the demo shop's (DemoData's SalesCalendar): 22% growth a year,
/// its weekday and month factors, and log-normal day-to-day noise, from a fixed seed. Clean by
/// default (no holidays, no incidents); ``scale(from:days:by:)`` plants them.
public struct SyntheticSales {
    static let weekdayFactors = [0.92, 0.95, 0.97, 1.0, 1.08, 1.18, 0.90]
    static let monthFactors = [0.82, 0.80, 0.92, 0.95, 0.98, 0.97, 0.96, 0.98, 0.97, 1.02, 1.25, 1.45]

    public var x: [String] = []
    public var y: [Double?] = []

    public init(from first: Day = Day(iso: "2023-01-01")!, days: Int = 1_096, seed: UInt64 = 1, noise: Double = 0.08) {
        var random = SeededGenerator(seed: seed)
        x.reserveCapacity(days)
        y.reserveCapacity(days)
        for offset in 0..<days {
            let day = first.adding(days: offset)
            let growth = exp(log(1.22) * Double(offset) / 365.25)
            x.append(day.description)
            y.append(12_000 * growth * Self.weekdayFactors[day.weekday - 1] * Self.monthFactors[day.month - 1]
                     * exp(noise * random.nextGaussian()))
        }
    }

    /// Multiplies the values from `first` for `days` days by `factor`.
    public mutating func scale(from first: String, days: Int = 1, by factor: Double) {
        let start = x.firstIndex(of: first)!
        for index in start..<(start + days) { y[index]! *= factor }
    }
}
