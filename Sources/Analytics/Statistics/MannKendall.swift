/// The Mann–Kendall test for a monotone trend in a series taken in time order.
///
/// S counts, over all pairs i < j, +1 when the later value is larger and −1 when smaller. Its
/// variance is corrected for tied values, and Z uses the usual continuity correction (Hipel &
/// McLeod 1994; the same numbers as `pymannkendall.original_test`).
///
/// S is computed exactly in O(n log n) by counting inversions with a merge sort, so a million
/// points take a fraction of a second; no subsampling is done.
///
/// ```swift
/// let test = MannKendall([1, 3, 2, 4, 5])!
/// test.s        // 8
/// test.pValue   // 0.0864
/// ```
public struct MannKendall: Hashable, Sendable, Codable {
    /// Values used (missing values are skipped).
    public let count: Int
    /// The Mann–Kendall statistic S.
    public let s: Int
    /// Var(S), corrected for ties.
    public let variance: Double
    /// The normal score of S with continuity correction.
    public let z: Double
    /// Two-sided p-value of "no trend".
    public let pValue: Double

    /// Kendall's τ-a: S over the number of pairs.
    public var tau: Double { Double(s) / (Double(count) * Double(count - 1) / 2) }

    /// Tests the values in order, skipping nulls; nil with fewer than three values.
    public init?(_ values: [Double?]) { self.init(values.compactMap { $0 }) }

    /// Tests the values in order, skipping non-finite ones; nil with fewer than three values.
    public init?(_ values: [Double]) {
        var present = values.allSatisfy(\.isFinite) ? values : values.filter(\.isFinite)
        let n = present.count
        guard n >= 3 else { return nil }
        let inversions = present.sortCountingInversions()
        var tiedPairs = 0, tieCorrection = 0.0
        var start = 0
        while start < n {
            var end = start
            while end + 1 < n, present[end + 1] == present[start] { end += 1 }
            let t = end - start + 1
            tiedPairs += t * (t - 1) / 2
            tieCorrection += Double(t) * Double(t - 1) * Double(2 * t + 5)
            start = end + 1
        }
        let size = Double(n)
        count = n
        s = n * (n - 1) / 2 - tiedPairs - 2 * inversions
        variance = (size * (size - 1) * (2 * size + 5) - tieCorrection) / 18
        let corrected = s > 0 ? Double(s - 1) : (s < 0 ? Double(s + 1) : 0)
        z = variance > 0 ? corrected / variance.squareRoot() : 0
        pValue = Normal.twoSidedPValue(z)
    }
}

extension Array where Element == Double {
    /// Sorts ascending and returns the number of pairs i < j with self[i] > self[j] (ties are not
    /// inversions). Insertion sort on runs of 16, then a bottom-up merge sort: O(n log n) time,
    /// one buffer of n values.
    mutating func sortCountingInversions() -> Int {
        var inversions = 0
        var buffer = self
        let n = count
        var width = 16
        var sortedInSelf = true
        withUnsafeMutableBufferPointer { values in
            for start in stride(from: 0, to: n, by: width) {
                for index in start..<Swift.min(start + width, n) {
                    let value = values[index]
                    var position = index
                    while position > start && values[position - 1] > value {
                        values[position] = values[position - 1]
                        position -= 1
                    }
                    values[position] = value
                    inversions += index - position
                }
            }
            buffer.withUnsafeMutableBufferPointer { spare in
                var (source, target) = (values, spare)
                while width < n {
                    var start = 0
                    while start < n {
                        let middle = Swift.min(start + width, n), end = Swift.min(start + 2 * width, n)
                        var left = start, right = middle, out = start
                        while left < middle && right < end {
                            // Branch-free: the comparison picks the value and both cursors' steps.
                            let (low, high) = (source[left], source[right])
                            let takeRight = high < low
                            target[out] = takeRight ? high : low
                            inversions += takeRight ? middle - left : 0
                            right += takeRight ? 1 : 0
                            left += takeRight ? 0 : 1
                            out += 1
                        }
                        while left < middle { target[out] = source[left]; left += 1; out += 1 }
                        while right < end { target[out] = source[right]; right += 1; out += 1 }
                        start = end
                    }
                    swap(&source, &target)
                    sortedInSelf.toggle()
                    width *= 2
                }
            }
        }
        if !sortedInSelf { self = buffer }
        return inversions
    }
}
