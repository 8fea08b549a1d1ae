import BICore

/// Customer-style segments: k-means over standardized numeric columns, with k from a range
/// chosen by the best silhouette, and each segment described by what sets it apart.
///
/// Columns are standardized (z-scores), so a column in dollars does not outweigh one in
/// percent. Rows with a missing value are left out (assignment −1). The silhouette is O(n²),
/// so above `maxSilhouettePoints` rows it is computed on every ⌈n / max⌉-th row; k-means itself
/// always uses every row.
///
/// ```swift
/// let segments = Segmentation(columns: ["revenue", "orders"], values: [revenue, orders])!
/// segments.k                          // 3
/// segments.segments[0].description   // "Segment 1: 412 rows (41%), high revenue (avg 1.2K vs 450 overall) …"
/// ```
public struct Segmentation: Hashable, Sendable, Codable {
    /// One segment, largest first.
    public struct Segment: Hashable, Sendable, Codable {
        /// 1 for the largest segment, 2 for the next, ….
        public let id: Int
        /// Rows in the segment.
        public let size: Int
        /// Share of the clustered rows, 0…1.
        public let share: Double
        /// The segment's mean of each column, in the column's own units.
        public let means: [Double]
        /// Each column's mean in standard deviations from the overall mean.
        public let zScores: [Double]
        /// "Segment 1: 412 rows (41%), high revenue (avg 1.2K vs 450 overall), low discount (…)".
        public let description: String
    }

    /// The columns clustered on, in the order of `means` and `zScores`.
    public let columns: [String]
    /// The number of segments chosen.
    public let k: Int
    /// The silhouette of the chosen k.
    public let silhouette: Double
    /// The silhouette of every k tried, in order of k.
    public let silhouettes: [Double]
    /// The segment id of each row, or −1 for a row left out.
    public let assignments: [Int]
    /// The segments, largest first.
    public let segments: [Segment]

    /// Segments the rows of `values` (one array per column, all the same length). Nil with
    /// fewer complete rows than the smallest k plus one, or when every column is constant.
    public init?(columns: [String], values: [[Double?]], k range: ClosedRange<Int> = 2...8,
                 seed: UInt64 = 42, maxSilhouettePoints: Int = 2_000) {
        precondition(columns.count == values.count, "one name per column")
        let rowCount = values.first?.count ?? 0
        let complete = (0..<rowCount).filter { row in values.allSatisfy { $0[row]?.isFinite == true } }
        let raw = values.map { column in complete.map { column[$0]! } }
        let means = raw.map { Descriptive.mean($0) ?? 0 }
        let deviations = raw.map { Descriptive.standardDeviation($0) ?? 0 }
        let used = deviations.indices.filter { deviations[$0] > 0 }
        guard !used.isEmpty, complete.count > range.lowerBound else { return nil }
        let points = complete.indices.map { row in used.map { (raw[$0][row] - means[$0]) / deviations[$0] } }
        let step = (points.count + maxSilhouettePoints - 1) / maxSilhouettePoints
        let sample = Array(stride(from: 0, to: points.count, by: max(1, step)))
        var fits: [(clusters: KMeans, score: Double)] = []
        for k in range where k < points.count {
            guard let clusters = KMeans(points: points, k: k, seed: seed),
                  let score = Silhouette.score(points: sample.map { points[$0] },
                                               assignments: sample.map { clusters.assignments[$0] }) else { continue }
            fits.append((clusters, score))
        }
        guard let best = fits.indices.max(by: { fits[$0].score < fits[$1].score }) else { return nil }
        let clusters = fits[best].clusters
        let sizes = (0..<clusters.k).map { cluster in clusters.assignments.filter { $0 == cluster }.count }
        let order = (0..<clusters.k).filter { sizes[$0] > 0 }.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
        var ids = [Int](repeating: -1, count: clusters.k)
        for (rank, cluster) in order.enumerated() { ids[cluster] = rank + 1 }
        var assignments = [Int](repeating: -1, count: rowCount)
        for (position, row) in complete.enumerated() { assignments[row] = ids[clusters.assignments[position]] }
        self.columns = columns
        self.k = order.count
        silhouette = fits[best].score
        silhouettes = fits.map(\.score)
        self.assignments = assignments
        segments = order.enumerated().map { rank, cluster in
            let members = complete.indices.filter { clusters.assignments[$0] == cluster }
            let segmentMeans = raw.map { column in Descriptive.mean(members.map { column[$0] })! }
            let z = segmentMeans.indices.map { deviations[$0] > 0 ? (segmentMeans[$0] - means[$0]) / deviations[$0] : 0 }
            let share = Double(members.count) / Double(complete.count)
            return Segment(id: rank + 1, size: members.count, share: share, means: segmentMeans, zScores: z,
                           description: Segmentation.describe(id: rank + 1, size: members.count, share: share,
                                                              columns: columns, means: segmentMeans, overall: means, z: z))
        }
    }

    /// The segmentation in one sentence, for an insight list.
    public func insight(of rows: String = "rows") -> Insight {
        let list = segments.map { "\(Phrase.percent($0.share)) in segment \($0.id)" }.joined(separator: ", ")
        let quality = NumberFormat.trimmed(silhouette, maxDecimals: 2)
        return Insight(kind: .segments, text: "\(k) segments of \(rows) (silhouette \(quality)): \(list)",
                       score: 0.3 + 0.4 * max(0, silhouette))
    }

    /// Up to three columns with |z| ≥ 0.5, strongest first: "high revenue (avg 1.2K vs 450 overall)".
    private static func describe(id: Int, size: Int, share: Double, columns: [String], means: [Double],
                                 overall: [Double], z: [Double]) -> String {
        let standouts = z.indices.filter { abs(z[$0]) >= 0.5 }.sorted { abs(z[$0]) > abs(z[$1]) }.prefix(3)
        let traits = standouts.map { column in
            let level = (abs(z[column]) >= 1.5 ? "very " : "") + (z[column] > 0 ? "high" : "low")
            let averages = "avg \(Phrase.amount(means[column], .auto)) vs \(Phrase.amount(overall[column], .auto)) overall"
            return "\(level) \(columns[column]) (\(averages))"
        }
        let head = "Segment \(id): \(NumberFormat.integer.full(Double(size))) rows (\(Phrase.percent(share)))"
        return traits.isEmpty ? head + ", close to average on every column" : head + ", " + traits.joined(separator: ", ")
    }
}
