/// How values that fall in one period are combined: revenue adds up, prices average.
public enum Aggregation: String, Hashable, Sendable, Codable {
    case sum, mean

    /// The combined value of `values`, ignoring nulls; nil when none are present.
    func combine<C: Collection>(_ values: C) -> Double? where C.Element == Double? {
        var total = 0.0, count = 0
        for case let value? in values {
            total += value
            count += 1
        }
        guard count > 0 else { return nil }
        return self == .sum ? total : total / Double(count)
    }
}
