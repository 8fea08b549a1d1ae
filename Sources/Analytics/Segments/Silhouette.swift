/// The silhouette of a clustering (Rousseeuw 1987): for each point, s = (b − a) / max(a, b) with
/// a its mean distance to its own cluster and b the mean distance to the nearest other cluster;
/// the score is the mean s, from −1 (wrong) through 0 (overlapping) to 1 (well separated).
/// A point alone in its cluster counts 0, as in scikit-learn.
///
/// ```swift
/// Silhouette.score(points: [[0], [1], [10], [11]], assignments: [0, 0, 1, 1])   // 0.9
/// ```
public enum Silhouette {
    /// The mean silhouette, or nil with fewer than two clusters. O(n²): callers sample long inputs.
    public static func score(points: [[Double]], assignments: [Int]) -> Double? {
        let values = self.values(points: points, assignments: assignments)
        return values.isEmpty ? nil : Descriptive.mean(values)
    }

    /// Each point's silhouette; empty with fewer than two clusters.
    public static func values(points: [[Double]], assignments: [Int]) -> [Double] {
        precondition(points.count == assignments.count, "one cluster per point")
        let clusters = (assignments.max() ?? -1) + 1
        var sizes = [Int](repeating: 0, count: clusters)
        for cluster in assignments { sizes[cluster] += 1 }
        guard sizes.filter({ $0 > 0 }).count >= 2 else { return [] }
        return points.indices.map { index in
            let own = assignments[index]
            guard sizes[own] > 1 else { return 0 }
            var totals = [Double](repeating: 0, count: clusters)
            for other in points.indices where other != index {
                totals[assignments[other]] += squaredDistance(points[index], points[other]).squareRoot()
            }
            let a = totals[own] / Double(sizes[own] - 1)
            let b = (0..<clusters).filter { $0 != own && sizes[$0] > 0 }.map { totals[$0] / Double(sizes[$0]) }.min()!
            return max(a, b) > 0 ? (b - a) / max(a, b) : 0
        }
    }
}
