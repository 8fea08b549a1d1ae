/// Equal-width bins over the range of some numbers, for a small data-quality histogram.
///
/// ```swift
/// Histogram(values: [1, 2, 2, 3, 10], binCount: 3).bins.map(\.count)   // [4, 0, 1]
/// ```
public struct Histogram: Hashable, Sendable, Codable {
    /// Values in [lower, upper), the last bin also holding its upper edge.
    public struct Bin: Hashable, Sendable, Codable {
        /// The bin's lower edge.
        public let lower: Double
        /// The bin's upper edge.
        public let upper: Double
        /// Values in the bin.
        public let count: Int
    }

    /// The bins, lowest first.
    public let bins: [Bin]

    /// `binCount` bins (default: Sturges' ⌈log₂ n⌉ + 1, at most 20) from the least to the greatest
    /// finite value; one bin when all values are equal, none for no values.
    public init(values: [Double], binCount: Int? = nil) {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else {
            bins = []
            return
        }
        guard high > low else {
            bins = [Bin(lower: low, upper: high, count: finite.count)]
            return
        }
        let count = max(1, binCount ?? min(20, Histogram.sturges(finite.count)))
        let width = (high - low) / Double(count)
        var counts = [Int](repeating: 0, count: count)
        for value in finite { counts[min(count - 1, Int((value - low) / width))] += 1 }
        bins = (0..<count).map { index in
            Bin(lower: low + Double(index) * width, upper: index == count - 1 ? high : low + Double(index + 1) * width,
                count: counts[index])
        }
    }

    /// ⌈log₂ n⌉ + 1.
    private static func sturges(_ n: Int) -> Int {
        var bins = 1, capacity = 1
        while capacity < n {
            capacity *= 2
            bins += 1
        }
        return bins
    }
}
