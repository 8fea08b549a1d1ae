/// Picks an index with probability proportional to its weight, by binary search over the
/// running totals (Python's `bisect_right(cum_weights, random() * total)`).
struct WeightedChoice {
    private let runningTotals: [Double]

    init(weights: some Sequence<Double>) {
        var total = 0.0
        runningTotals = weights.map { weight in
            total += weight
            return total
        }
        precondition(total > 0, "a weighted choice needs a positive total weight")
    }

    var count: Int { runningTotals.count }

    /// An index in `0..<count`.
    func pick(using random: inout RandomSource) -> Int {
        let target = random.unit() * runningTotals[runningTotals.count - 1]
        var low = 0
        var high = runningTotals.count - 1
        while low < high {                        // first total above the target
            let middle = (low + high) / 2
            if runningTotals[middle] > target { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// One of `items` (as many as there are weights), chosen by weight.
    func pick<T>(from items: [T], using random: inout RandomSource) -> T { items[pick(using: &random)] }
}
