/// k-means clustering: k-means++ seeding from a fixed-seed generator, then Lloyd's iterations
/// until no point changes cluster; the best of a few restarts by within-cluster sum of squares.
/// The same points and seed always give the same clusters.
///
/// ```swift
/// let clusters = KMeans(points: [[1, 1], [1, 2], [9, 9], [9, 8]], k: 2)!
/// clusters.assignments   // [0, 0, 1, 1]
/// ```
public struct KMeans: Hashable, Sendable {
    /// The number of clusters.
    public let k: Int
    /// One centre per cluster, in the points' coordinates.
    public let centroids: [[Double]]
    /// The cluster of each point, 0..<k.
    public let assignments: [Int]
    /// The within-cluster sum of squared distances.
    public let inertia: Double

    /// Nil unless 1 ≤ k ≤ the number of points and every point has the same dimension.
    public init?(points: [[Double]], k: Int, seed: UInt64 = 42, restarts: Int = 4, maxIterations: Int = 100) {
        guard k >= 1, points.count >= k, let dimension = points.first?.count,
              points.allSatisfy({ $0.count == dimension }) else { return nil }
        var random = SeededGenerator(seed: seed)
        var best: (centroids: [[Double]], assignments: [Int], inertia: Double)?
        for _ in 0..<max(1, restarts) {
            var centroids = KMeans.seed(points, k: k, using: &random)
            var assignments = [Int](repeating: -1, count: points.count)
            for _ in 0..<maxIterations {
                var moved = false
                // Index loops rather than enumerated()/zip: the same work, without generic iterator overhead in debug builds.
                for index in points.indices {
                    let nearest = KMeans.nearest(points[index], among: centroids).index
                    if nearest != assignments[index] {
                        assignments[index] = nearest
                        moved = true
                    }
                }
                if !moved { break }
                centroids = KMeans.means(points, assignments: assignments, previous: centroids)
            }
            let inertia = zip(points, assignments).reduce(0) { $0 + squaredDistance($1.0, centroids[$1.1]) }
            if best == nil || inertia < best!.inertia - 1e-12 * inertia { best = (centroids, assignments, inertia) }
        }
        self.k = k
        (centroids, assignments, inertia) = best!
    }

    /// k-means++: the first centre uniformly at random, each next one with probability
    /// proportional to the squared distance to the nearest centre so far.
    private static func seed(_ points: [[Double]], k: Int, using random: inout SeededGenerator) -> [[Double]] {
        var centroids = [points[Int(random.next() % UInt64(points.count))]]
        var distances = points.map { squaredDistance($0, centroids[0]) }
        while centroids.count < k {
            let total = distances.reduce(0, +)
            var target = random.nextUniform() * total
            var chosen = distances.lastIndex { $0 > 0 } ?? 0
            for (index, distance) in distances.enumerated() where distance > 0 {
                target -= distance
                if target < 0 {
                    chosen = index
                    break
                }
            }
            centroids.append(points[chosen])
            for index in points.indices { distances[index] = min(distances[index], squaredDistance(points[index], points[chosen])) }
        }
        return centroids
    }

    /// The nearest centroid to `point` (lowest index on ties) and its squared distance.
    static func nearest(_ point: [Double], among centroids: [[Double]]) -> (index: Int, distance: Double) {
        var best = (index: 0, distance: Double.infinity)
        for index in centroids.indices {
            let distance = squaredDistance(point, centroids[index])
            if distance < best.distance { best = (index, distance) }
        }
        return best
    }

    /// The mean of each cluster's points; a cluster left empty keeps its previous centre.
    private static func means(_ points: [[Double]], assignments: [Int], previous: [[Double]]) -> [[Double]] {
        var sums = previous.map { [Double](repeating: 0, count: $0.count) }
        var counts = [Int](repeating: 0, count: previous.count)
        for index in points.indices {
            let cluster = assignments[index]
            counts[cluster] += 1
            for dimension in points[index].indices { sums[cluster][dimension] += points[index][dimension] }
        }
        return sums.indices.map { cluster in
            counts[cluster] == 0 ? previous[cluster] : sums[cluster].map { $0 / Double(counts[cluster]) }
        }
    }
}

/// The squared Euclidean distance between two points of the same dimension.
func squaredDistance(_ a: [Double], _ b: [Double]) -> Double {
    var total = 0.0
    for index in a.indices {
        let difference = a[index] - b[index]
        total += difference * difference
    }
    return total
}
