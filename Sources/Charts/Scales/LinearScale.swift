import BICore

/// Maps a numeric domain onto a pixel range, with "nice" round ticks (1, 2, 2.5, 5 × 10ⁿ).
///
/// ```swift
/// var y = LinearScale(covering: [3, 97], range: 300...20, includeZero: true, flipped: false)
/// y.nice(count: 5)       // domain 0...100
/// y(50)                  // 160
/// ```
public struct LinearScale: Hashable, Sendable {
    public private(set) var domain: ClosedRange<Double>
    public var range: ClosedRange<Double>
    /// Whether the range runs against the domain (y axes: larger values higher up, smaller y).
    public var isFlipped: Bool

    /// A scale covering `values`; `includeZero` keeps bars honest.
    public init<S: Sequence>(covering values: S, range: ClosedRange<Double>, includeZero: Bool, flipped: Bool)
    where S.Element == Double {
        var low = Double.infinity, high = -Double.infinity
        for value in values where value.isFinite {
            low = Swift.min(low, value)
            high = Swift.max(high, value)
        }
        if low > high { (low, high) = (0, 1) }
        if includeZero { (low, high) = (Swift.min(low, 0), Swift.max(high, 0)) }
        if low == high { (low, high) = low == 0 ? (0, 1) : (Swift.min(0, low), Swift.max(0, high)) }
        domain = low...high
        self.range = range
        isFlipped = flipped
    }

    /// A scale over a known domain.
    public init(domain: ClosedRange<Double>, range: ClosedRange<Double>, flipped: Bool = false) {
        self.domain = domain.lowerBound == domain.upperBound ? domain.lowerBound...(domain.lowerBound + 1) : domain
        self.range = range
        isFlipped = flipped
    }

    /// Widens the domain to the outermost ticks, so the axis starts and ends on a label.
    public mutating func nice(count: Int) {
        let step = LinearScale.tickStep(domain, count: count)
        domain = (domain.lowerBound / step).rounded(.down) * step ... (domain.upperBound / step).rounded(.up) * step
    }

    public func callAsFunction(_ value: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        let t = span == 0 ? 0.5 : (value - domain.lowerBound) / span
        let fraction = isFlipped ? 1 - t : t
        return range.lowerBound + fraction * (range.upperBound - range.lowerBound)
    }

    /// About `count` round values inside the domain.
    public func ticks(count: Int) -> [Double] {
        let step = LinearScale.tickStep(domain, count: count)
        let first = (domain.lowerBound / step).rounded(.up)
        let last = (domain.upperBound / step).rounded(.down)
        guard first <= last else { return [] }
        // Multiply rather than accumulate, so ticks are exact multiples (0.3, not 0.30000000000000004).
        return stride(from: first, through: last, by: 1).map { LinearScale.clean($0 * step) }
    }

    /// Ticks with labels in `format`, with enough decimals to tell neighbours apart.
    public func ticks(count: Int, format: NumberFormat) -> [Tick] {
        ticks(count: count).map { Tick($0, format.axisLabel($0)) }
    }

    static func tickStep(_ domain: ClosedRange<Double>, count: Int) -> Double {
        let span = domain.upperBound - domain.lowerBound
        guard span > 0, span.isFinite else { return 1 }
        let raw = span / Double(Swift.max(1, count))
        let magnitude = pow10(floorLog10(raw))
        let residual = raw / magnitude
        let nice: Double = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 2.5 ? 2.5 : residual <= 5 ? 5 : 10
        return nice * magnitude
    }

    /// Removes floating-point dust from a tick value.
    static func clean(_ value: Double) -> Double {
        guard value != 0 else { return 0 }
        let digits = 12 - floorLog10(abs(value))
        let factor = pow10(digits)
        return (value * factor).rounded() / factor
    }

    static func floorLog10(_ value: Double) -> Int {
        var exponent = 0
        var x = value
        while x >= 10 { x /= 10; exponent += 1 }
        while x < 1, x > 0 { x *= 10; exponent -= 1 }
        return exponent
    }

    static func pow10(_ exponent: Int) -> Double {
        exponent >= 0 ? (0..<exponent).reduce(1.0) { r, _ in r * 10 } : 1 / pow10(-exponent)
    }
}
