import BICore

/// One series of a line or scatter: x positions (numbers, band indexes or days) and y values,
/// NaN where a value is missing.
struct PointSeries {
    var name: String
    var xs: [Double]
    var ys: [Double]
    /// Text for each x in tooltips (categories), or nil to format the number.
    var xLabels: [String]?

    /// Sorts by x when the data are not in order already (lines must run left to right).
    mutating func sortByX() {
        guard zip(xs, xs.dropFirst()).contains(where: { $0 > $1 }) else { return }
        let order = xs.indices.sorted { xs[$0] < xs[$1] }
        xs = order.map { xs[$0] }
        ys = order.map { ys[$0] }
        xLabels = xLabels.map { labels in order.map { labels[$0] } }
    }

    /// The y at the x nearest to `x` (x ascending).
    func value(near x: Double) -> Double? {
        guard !xs.isEmpty else { return nil }
        var low = 0, high = xs.count - 1
        while low < high {
            let middle = (low + high) / 2
            if xs[middle] < x { low = middle + 1 } else { high = middle }
        }
        if low > 0, abs(xs[low - 1] - x) < abs(xs[low] - x) { low -= 1 }
        return ys[low].isNaN ? nil : ys[low]
    }

    /// Runs of consecutive non-missing points, as index ranges.
    var runs: [Range<Int>] {
        var result: [Range<Int>] = []
        xs.withUnsafeBufferPointer { xs in
            ys.withUnsafeBufferPointer { ys in
                let count = Swift.min(xs.count, ys.count)
                var index = 0
                while index < count {
                    while index < count, xs[index].isNaN || ys[index].isNaN { index += 1 }
                    let start = index
                    while index < count, !xs[index].isNaN, !ys[index].isNaN { index += 1 }
                    if index > start { result.append(start..<index) }
                }
            }
        }
        return result
    }
}
