/// One finding about the data, in a plain-English sentence with its numbers, ranked by `score`.
///
/// `from`/`to` give the x range the sentence is about and `points` the x values to mark, so a
/// small chart next to it can show it. In JSON:
/// `{"kind": "trend", "text": "Upward trend: +3.1% per month (Mann–Kendall p < 0.001)",
///   "score": 0.71, "from": "2023-01-01", "to": "2025-12-31", "points": []}`.
public struct Insight: Hashable, Sendable, Codable {
    /// What the insight is about; also the tie-breaking order of ``ranked()``.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case change, trend, seasonality, anomalies, forecast, concentration, correlation, segments
    }

    /// What the insight is about.
    public let kind: Kind
    /// The sentence, with its numbers formatted.
    public let text: String
    /// 0…1; higher is more worth showing first.
    public let score: Double
    /// The first x label the sentence covers.
    public let from: String?
    /// The last x label the sentence covers.
    public let to: String?
    /// The x labels to mark on a chart (anomalies, forecast periods).
    public let points: [String]

    /// An insight; `score` is clamped to 0…1.
    public init(kind: Kind, text: String, score: Double, from: String? = nil, to: String? = nil, points: [String] = []) {
        self.kind = kind
        self.text = text
        self.score = min(1, max(0, score))
        self.from = from
        self.to = to
        self.points = points
    }
}

extension [Insight] {
    /// Highest score first; ties go by the order of ``Insight/Kind``, then by text, so the
    /// order never varies.
    public func ranked() -> [Insight] {
        let order = Dictionary(uniqueKeysWithValues: Insight.Kind.allCases.enumerated().map { ($1, $0) })
        return sorted {
            if $0.score != $1.score { return $0.score > $1.score }
            if $0.kind != $1.kind { return order[$0.kind]! < order[$1.kind]! }
            return $0.text < $1.text
        }
    }
}
