/// The cycle-subseries of a seasonal series: every `period`-th point, one subseries per season.
enum Subseries {
    /// Runs `smooth` on each subseries' indexes (in order) and puts its results back in place,
    /// so each season's value follows that season's neighbouring cycles.
    static func map(count: Int, period: Int, _ smooth: ([Int]) -> [Double]) -> [Double] {
        var result = [Double](repeating: 0, count: count)
        for phase in 0..<min(period, count) {
            let indexes = Array(stride(from: phase, to: count, by: period))
            for (index, value) in zip(indexes, smooth(indexes)) { result[index] = value }
        }
        return result
    }
}
