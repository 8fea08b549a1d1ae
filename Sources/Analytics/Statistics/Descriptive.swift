/// Descriptive statistics over plain arrays: mean, variance, quantiles.
///
/// Missing values are the caller's business: pass only the numbers (`values.compactMap { $0 }`).
///
/// ```swift
/// Descriptive.mean([2, 4, 9])                          // 5
/// Descriptive.quantile(0.25, ofSorted: [1, 2, 3, 4])   // 1.75, as numpy's default (linear)
/// ```
public enum Descriptive {
    /// The arithmetic mean, or nil for no values.
    public static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : sum(values) / Double(values.count)
    }

    /// The sum, accumulated pairwise-stable enough for long series (Kahan–Babuška).
    public static func sum(_ values: [Double]) -> Double {
        var total = 0.0, compensation = 0.0
        for value in values {
            let next = total + value
            compensation += abs(total) >= abs(value) ? (total - next) + value : (value - next) + total
            total = next
        }
        return total + compensation
    }

    /// The sample variance (divisor n − 1), or nil for fewer than two values.
    public static func variance(_ values: [Double]) -> Double? {
        guard values.count > 1, let mean = mean(values) else { return nil }
        var squares = 0.0
        for value in values { squares += (value - mean) * (value - mean) }
        return squares / Double(values.count - 1)
    }

    /// The sample standard deviation (divisor n − 1), or nil for fewer than two values.
    public static func standardDeviation(_ values: [Double]) -> Double? {
        variance(values).map { $0.squareRoot() }
    }

    /// The `p` quantile (0…1) of ascending `sorted` values, interpolating linearly between
    /// order statistics (Hyndman & Fan type 7, the default of numpy and R).
    public static func quantile(_ p: Double, ofSorted sorted: [Double]) -> Double {
        precondition(!sorted.isEmpty, "quantile of no values")
        let position = min(max(p, 0), 1) * Double(sorted.count - 1)
        let lower = Int(position)
        let fraction = position - Double(lower)
        guard lower + 1 < sorted.count, fraction > 0 else { return sorted[lower] }
        return sorted[lower] + fraction * (sorted[lower + 1] - sorted[lower])
    }

    /// The median, or nil for no values. Runs in linear expected time (no full sort).
    public static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        var work = values
        return work.selectQuantile(0.5)
    }

    /// The median absolute deviation from the median (unscaled), or nil for no values.
    public static func medianAbsoluteDeviation(_ values: [Double]) -> Double? {
        guard let center = median(values) else { return nil }
        return median(values.map { abs($0 - center) })
    }
}

extension Array where Element == Double {
    /// The `p` quantile as ``Descriptive/quantile(_:ofSorted:)`` computes it, found by selection
    /// in linear expected time; reorders the array.
    mutating func selectQuantile(_ p: Double) -> Double {
        let position = Swift.min(Swift.max(p, 0), 1) * Double(count - 1)
        let lower = Int(position)
        let fraction = position - Double(lower)
        let low = select(lower)
        guard fraction > 0, lower + 1 < count else { return low }
        let high = self[(lower + 1)...].min()!
        return low + fraction * (high - low)
    }

    /// Reorders the array so that `self[k]` holds the k-th smallest value, with smaller values
    /// before it and larger after (Hoare's quickselect with median-of-three pivots), and returns it.
    mutating func select(_ k: Int) -> Double {
        withUnsafeMutableBufferPointer { values in
            var low = 0, high = values.count - 1
            while low < high {
                let middle = low + (high - low) / 2
                if values[middle] < values[low] { values.swapAt(middle, low) }
                if values[high] < values[low] { values.swapAt(high, low) }
                if values[high] < values[middle] { values.swapAt(high, middle) }
                let pivot = values[middle]
                var i = low, j = high
                while i <= j {
                    while values[i] < pivot { i += 1 }
                    while values[j] > pivot { j -= 1 }
                    if i <= j {
                        values.swapAt(i, j)
                        i += 1
                        j -= 1
                    }
                }
                if k <= j { high = j } else if k >= i { low = i } else { break }
            }
            return values[k]
        }
    }
}
