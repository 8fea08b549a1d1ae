/// How concentrated a total is among items: the Pareto view ("the top 20% of products make
/// 78% of revenue") and the Gini coefficient.
///
/// ```swift
/// let pareto = Concentration(values: revenueByProduct)!
/// pareto.topShare                                        // 0.78
/// pareto.sentence(items: "products", measure: "revenue")
/// // "The top 20% of products (12 of 60) make 78% of revenue"
/// ```
public struct Concentration: Hashable, Sendable, Codable {
    /// Items with a value.
    public let itemCount: Int
    /// The sum of all values.
    public let total: Double
    /// The share of items looked at: 0.2 for "the top 20%".
    public let topFraction: Double
    /// ⌈topFraction · itemCount⌉ (at least one): the items in the top group.
    public let topCount: Int
    /// The share of the total the top group makes, 0…1.
    public let topShare: Double
    /// The fewest items that together make 80% of the total.
    public let itemsForEightyPercent: Int
    /// 0 when every item is equal, approaching 1 when one item has everything.
    public let gini: Double

    /// Nil without items, with a negative value, or when everything is 0; nulls are skipped.
    public init?(values: [Double?], topFraction: Double = 0.2) {
        let sorted = values.compactMap { $0 }.filter(\.isFinite).sorted(by: >)
        let total = Descriptive.sum(sorted)
        guard !sorted.isEmpty, sorted.last! >= 0, total > 0 else { return nil }
        let n = sorted.count
        itemCount = n
        self.total = total
        self.topFraction = topFraction
        let topCount = min(n, max(1, Int((topFraction * Double(n) - 1e-9).rounded(.up))))
        self.topCount = topCount
        topShare = Descriptive.sum(Array(sorted.prefix(topCount))) / total
        var running = 0.0, needed = n
        for (index, value) in sorted.enumerated() {
            running += value
            if running >= (0.8 - 1e-12) * total {
                needed = index + 1
                break
            }
        }
        itemsForEightyPercent = needed
        // G = Σ (2i − n − 1)·x_i / (n · Σx) over values in ascending order, i from 1.
        var weighted = 0.0
        for (rank, value) in sorted.reversed().enumerated() { weighted += Double(2 * (rank + 1) - n - 1) * value }
        gini = weighted / (Double(n) * total)
    }

    /// "The top 20% of products (12 of 60) make 78% of revenue".
    public func sentence(items: String, measure: String) -> String {
        let top = Phrase.percent(Double(topCount) / Double(itemCount))
        return "The top \(top) of \(items) (\(topCount) of \(itemCount)) make \(Phrase.percent(topShare)) of \(measure)"
    }

    /// The sentence as an ``Insight``, scored by how far the top group's share exceeds its size.
    public func insight(items: String, measure: String) -> Insight {
        Insight(kind: .concentration, text: sentence(items: items, measure: measure),
                score: 0.4 + 0.5 * max(0, topShare - Double(topCount) / Double(itemCount)))
    }
}
