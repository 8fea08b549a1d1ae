import BICore

/// A scale over time (days since 1970-01-01) whose ticks fall on calendar boundaries: hours, days,
/// weeks (Mondays), months, quarters, years. Labels follow the tick interval: `2024`, `Mar 2024`,
/// `Mar 5`, `06:00`.
public struct TimeScale: Hashable, Sendable {
    public let domain: ClosedRange<Double>
    public var range: ClosedRange<Double>

    public init<S: Sequence>(covering values: S, range: ClosedRange<Double>) where S.Element == Double {
        var low = Double.infinity, high = -Double.infinity
        for value in values where value.isFinite {
            low = Swift.min(low, value)
            high = Swift.max(high, value)
        }
        if low > high { (low, high) = (0, 1) }
        if low == high { (low, high) = (low - 0.5, high + 0.5) }
        domain = low...high
        self.range = range
    }

    public func callAsFunction(_ value: Double) -> Double {
        range.lowerBound + (value - domain.lowerBound) / (domain.upperBound - domain.lowerBound) * (range.upperBound - range.lowerBound)
    }

    enum Interval: CaseIterable {
        case hour1, hour6, day1, day2, week1, month1, month3, month6, year1, year2, year5, year10, year25, year50, year100

        var approximateDays: Double {
            switch self {
            case .hour1: 1.0 / 24
            case .hour6: 0.25
            case .day1: 1
            case .day2: 2
            case .week1: 7
            case .month1: 30.4
            case .month3: 91.3
            case .month6: 182.6
            case .year1: 365.25
            case .year2: 730.5
            case .year5: 1826
            case .year10: 3652
            case .year25: 9131
            case .year50: 18262
            case .year100: 36525
            }
        }

        var months: Int? {
            switch self {
            case .month1: 1
            case .month3: 3
            case .month6: 6
            case .year1: 12
            case .year2: 24
            case .year5: 60
            case .year10: 120
            case .year25: 300
            case .year50: 600
            case .year100: 1200
            default: nil
            }
        }
    }

    /// At most `count` calendar-aligned ticks.
    public func ticks(count: Int) -> [Tick] {
        let span = domain.upperBound - domain.lowerBound
        let interval = Interval.allCases.first { span / $0.approximateDays <= Double(Swift.max(1, count)) } ?? .year100
        var values: [Double] = []
        if let months = interval.months {
            let start = Day(dayNumber: Int(domain.lowerBound.rounded(.down)))
            var month = (start.year * 12 + start.month - 1)
            month = (month + months - 1) / months * months   // first aligned month at or after the start
            while true {
                let day = Day(year: month / 12, month: month % 12 + 1, day: 1)!
                let value = Double(day.dayNumber)
                if value > domain.upperBound { break }
                if value >= domain.lowerBound { values.append(value) }
                month += months
            }
        } else {
            let step = interval.approximateDays
            var value = (domain.lowerBound / step).rounded(.up) * step
            if interval == .week1 {   // Mondays: 1970-01-01 was a Thursday, so Mondays are 4 mod 7
                value = ((domain.lowerBound - 4) / 7).rounded(.up) * 7 + 4
            }
            while value <= domain.upperBound + 1e-9 {
                values.append(value)
                value += step
            }
        }
        return values.enumerated().map { index, value in Tick(value, label(value, interval: interval, first: index == 0)) }
    }

    private func label(_ value: Double, interval: Interval, first: Bool) -> String {
        let day = Day(dayNumber: Int(value.rounded(.down)))
        let month = Temporal.monthNames[day.month - 1]
        switch interval {
        case .hour1, .hour6:
            let minutes = Int(((value - value.rounded(.down)) * 1440).rounded())
            let clock = (minutes / 60 < 10 ? "0" : "") + "\(minutes / 60):" + (minutes % 60 < 10 ? "0" : "") + "\(minutes % 60)"
            return minutes == 0 || first ? "\(month) \(day.day) \(clock)" : clock
        case .day1, .day2, .week1:
            return first || (day.month == 1 && day.day <= 7) ? "\(month) \(day.day), \(day.year)" : "\(month) \(day.day)"
        case .month1, .month3, .month6:
            return first || day.month == 1 ? "\(month) \(day.year)" : month
        default:
            return String(day.year)
        }
    }
}
