import BICore

import Foundation

/// Maps positive values onto a range by their logarithm, for data spanning several orders of magnitude.
/// Ticks sit on powers of ten, with 2 and 5 between them when the domain spans few decades.
public struct LogScale: Hashable, Sendable {
    public private(set) var domain: ClosedRange<Double>
    public var range: ClosedRange<Double>
    public var isFlipped: Bool

    /// A scale covering the positive values among `values` (others cannot be placed on a log axis).
    public init<S: Sequence>(covering values: S, range: ClosedRange<Double>, flipped: Bool) where S.Element == Double {
        var low = Double.infinity, high = -Double.infinity
        for value in values where value > 0 && value.isFinite {
            low = Swift.min(low, value)
            high = Swift.max(high, value)
        }
        if low > high { (low, high) = (1, 10) }
        // Widen to whole decades so the axis starts and ends on a tick.
        domain = pow(10, floor(log10(low)))...pow(10, Swift.max(ceil(log10(high)), floor(log10(low)) + 1))
        self.range = range
        isFlipped = flipped
    }

    public func callAsFunction(_ value: Double) -> Double {
        let low = log10(domain.lowerBound), high = log10(domain.upperBound)
        let t = value > 0 ? (log10(value) - low) / (high - low) : 0
        let fraction = isFlipped ? 1 - t : t
        return range.lowerBound + fraction * (range.upperBound - range.lowerBound)
    }

    public func ticks(count: Int, format: NumberFormat) -> [Tick] {
        let decades = Int(log10(domain.upperBound / domain.lowerBound).rounded())
        let multiples: [Double] = decades * 3 <= count ? [1, 2, 5] : [1]
        let stride = Swift.max(1, decades / Swift.max(1, count))
        var ticks: [Tick] = []
        var exponent = Int(log10(domain.lowerBound).rounded())
        let last = Int(log10(domain.upperBound).rounded())
        while exponent <= last {
            for multiple in multiples {
                let value = LinearScale.clean(multiple * pow(10, Double(exponent)))
                if value <= domain.upperBound * 1.000001 { ticks.append(Tick(value, format.axisLabel(value))) }
            }
            exponent += stride
        }
        return ticks
    }
}
