import BICore

/// Values on a regular axis: one slot per day, week, month… from the first label to the last,
/// with nil where a period has no value.
///
/// Built from raw x labels, it sorts them, detects the frequency, leaves gaps as nil and combines
/// labels that land on the same point (several rows for one day) with `aggregation`.
///
/// ```swift
/// let series = TimeSeries(x: ["2025-01-01", "2025-01-03"], y: [5, 7])
/// series.axis.frequency   // .daily
/// series.values           // [5, nil, 7]
/// ```
public struct TimeSeries: Hashable, Sendable {
    /// Where each value sits, and its label.
    public let axis: TimeAxis
    /// One value per axis point; nil where the period has none.
    public let values: [Double?]

    /// A series of `values` on `axis` (one per point).
    public init(axis: TimeAxis, values: [Double?]) {
        precondition(axis.count == values.count, "a series needs one value per axis point")
        self.axis = axis
        self.values = values
    }

    /// Places `y` on the axis detected from `x`; non-finite numbers count as missing.
    public init(x: [String], y: [Double?], aggregation: Aggregation = .sum) {
        precondition(x.count == y.count, "x and y need the same length")
        let detector = AxisDetector(labels: x)
        var slots = [Double?](repeating: nil, count: detector.axis.count)
        var counts = [Int](repeating: 0, count: detector.axis.count)
        for (position, value) in zip(detector.positions, y) {
            guard let value, value.isFinite else { continue }
            slots[position] = (slots[position] ?? 0) + value
            counts[position] += 1
        }
        if aggregation == .mean {
            for index in slots.indices where counts[index] > 1 { slots[index]! /= Double(counts[index]) }
        }
        self.init(axis: detector.axis, values: slots)
    }

    /// Points on the axis, gaps included.
    public var count: Int { values.count }

    /// The values with gaps filled by linear interpolation (edges take the nearest value);
    /// nil when no value is present.
    func filled() -> [Double]? {
        guard let first = values.firstIndex(where: { $0 != nil }) else { return nil }
        var result = [Double](repeating: values[first]!, count: values.count)
        var previous = first
        for index in (first + 1)..<values.count {
            guard let value = values[index] else { continue }
            let start = values[previous]!
            for gap in (previous + 1)..<index {
                result[gap] = start + (value - start) * Double(gap - previous) / Double(index - previous)
            }
            result[index] = value
            previous = index
        }
        for index in previous..<values.count { result[index] = values[previous]! }
        return result
    }

    /// The index of the last point with a value.
    var lastPresentIndex: Int? { values.lastIndex { $0 != nil } }
}
