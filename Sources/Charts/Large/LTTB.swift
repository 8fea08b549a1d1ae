/// Largest-Triangle-Three-Buckets downsampling (Steinarsson, 2013): keeps the first and last points
/// and, from each of `threshold - 2` buckets in between, the point forming the largest triangle with
/// the point kept before it and the average of the next bucket. Peaks and dips survive, so a line of
/// a million points drawn from a few thousand looks like the data.
public enum LTTB {
    /// Indexes into `xs`/`ys` (same length, x ascending, no NaN) of at most `threshold` points to keep.
    public static func indexes(xs: ArraySlice<Double>, ys: ArraySlice<Double>, threshold: Int) -> [Int] {
        guard threshold >= 3, xs.count > threshold else { return Array(xs.indices) }
        return xs.withUnsafeBufferPointer { xs in
            ys.withUnsafeBufferPointer { ys in indexes(xs: xs, ys: ys, threshold: threshold) }
        }.map { $0 + xs.startIndex }
    }

    /// The same over buffers (no bounds checks in the loops), indexes from 0.
    private static func indexes(xs: UnsafeBufferPointer<Double>, ys: UnsafeBufferPointer<Double>, threshold: Int) -> [Int] {
        let count = xs.count
        var kept: [Int] = [0]
        kept.reserveCapacity(threshold)
        let bucketSize = Double(count - 2) / Double(threshold - 2)
        var previous = 0
        for bucket in 0..<(threshold - 2) {
            let start = 1 + Int(Double(bucket) * bucketSize)
            let end = Swift.min(1 + Int(Double(bucket + 1) * bucketSize), count - 1)
            // The average of the next bucket (the last point for the final bucket).
            let nextStart = end, nextEnd = Swift.min(1 + Int(Double(bucket + 2) * bucketSize), count)
            var averageX = 0.0, averageY = 0.0
            for index in nextStart..<Swift.max(nextStart + 1, nextEnd) {
                averageX += xs[index]
                averageY += ys[index]
            }
            let span = Double(Swift.max(1, nextEnd - nextStart))
            averageX /= span
            averageY /= span
            let ax = xs[previous], ay = ys[previous]
            var best = start, bestArea = -1.0
            for index in start..<Swift.max(start + 1, end) {
                let area = abs((ax - averageX) * (ys[index] - ay) - (ax - xs[index]) * (averageY - ay))
                if area > bestArea {
                    bestArea = area
                    best = index
                }
            }
            kept.append(best)
            previous = best
        }
        kept.append(count - 1)
        return kept
    }
}
