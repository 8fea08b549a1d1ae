import BICore

/// The scale along one axis of a cartesian chart, whatever its kind.
public enum AxisScale: Hashable, Sendable {
    /// Categories; values are band indexes.
    case band(BandScale)
    case linear(LinearScale, NumberFormat)
    case log(LogScale, NumberFormat)
    /// Values are days since 1970-01-01.
    case time(TimeScale)

    public func callAsFunction(_ value: Double) -> Double {
        switch self {
        case .band(let scale): scale.center(at: Int(value))
        case .linear(let scale, _): scale(value)
        case .log(let scale, _): scale(value)
        case .time(let scale): scale(value)
        }
    }

    public var range: ClosedRange<Double> {
        get {
            switch self {
            case .band(let scale): scale.range
            case .linear(let scale, _): scale.range
            case .log(let scale, _): scale.range
            case .time(let scale): scale.range
            }
        }
        set {
            switch self {
            case .band(var scale): scale.range = newValue; self = .band(scale)
            case .linear(var scale, let format): scale.range = newValue; self = .linear(scale, format)
            case .log(var scale, let format): scale.range = newValue; self = .log(scale, format)
            case .time(var scale): scale.range = newValue; self = .time(scale)
            }
        }
    }

    /// Labelled ticks, about `count` of them (every category for bands).
    public func ticks(count: Int) -> [Tick] {
        switch self {
        case .band(let scale): scale.categories.enumerated().map { Tick(Double($0.offset), $0.element) }
        case .linear(let scale, let format): scale.ticks(count: count, format: format)
        case .log(let scale, let format): scale.ticks(count: count, format: format)
        case .time(let scale): scale.ticks(count: count)
        }
    }

    /// The band scale, if this axis shows categories.
    public var band: BandScale? {
        if case .band(let scale) = self { return scale }
        return nil
    }

    /// Where value zero sits (the baseline of bars), clamped into the range.
    public var zero: Double {
        switch self {
        case .linear(let scale, _):
            let position = scale(0)
            return Swift.min(Swift.max(position, range.lowerBound), range.upperBound)
        case .log(let scale, _): return scale(scale.domain.lowerBound)
        default: return range.upperBound
        }
    }
}
