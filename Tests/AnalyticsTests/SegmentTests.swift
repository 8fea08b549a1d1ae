import Analytics
import BICore
import Testing

struct SegmentTests {
    /// Three well separated blobs of 30 points each, from a fixed seed.
    func blobs() -> (points: [[Double]], labels: [Int]) {
        var random = SeededGenerator(seed: 11)
        let centres: [[Double]] = [[0, 0], [10, 0], [5, 9]]
        var points: [[Double]] = [], labels: [Int] = []
        for (label, centre) in centres.enumerated() {
            for _ in 0..<30 {
                points.append(centre.map { $0 + random.nextGaussian() })
                labels.append(label)
            }
        }
        return (points, labels)
    }

    @Test func kMeansSeparatesBlobsExactly() throws {
        let (points, labels) = blobs()
        let clusters = try #require(KMeans(points: points, k: 3))
        // The same partition, whatever the cluster numbers.
        for i in points.indices { for j in points.indices {
            #expect((clusters.assignments[i] == clusters.assignments[j]) == (labels[i] == labels[j]))
        } }
        #expect(KMeans(points: points, k: 3) == clusters)
    }

    /// Reference: the silhouette definition in numpy (Fixtures/reference.py).
    @Test func silhouetteMatchesTheDefinition() throws {
        let points: [[Double]] = [[0, 0], [0, 1], [1, 0], [5, 5], [5, 6], [6, 5], [6, 6]]
        let score = try #require(Silhouette.score(points: points, assignments: [0, 0, 0, 1, 1, 1, 1]))
        #expect(isClose(score, 0.8443323041314263))
        // Rousseeuw's two pairs: (0.9048 + 0.8947) / 2.
        #expect(isClose(Silhouette.score(points: [[0], [1], [10], [11]], assignments: [0, 0, 1, 1])!, (9.5 / 10.5 + 8.5 / 9.5) / 2))
        #expect(Silhouette.score(points: [[0], [1]], assignments: [0, 0]) == nil)
    }

    @Test func segmentationPicksKBySilhouetteAndDescribesSegments() throws {
        let (points, _) = blobs()
        let revenue = points.map { Optional(1_000 + 100 * $0[0]) }
        let orders = points.map { Optional(20 + 2 * $0[1]) }
        let segments = try #require(Segmentation(columns: ["revenue", "orders"], values: [revenue + [nil], orders + [5]]))
        #expect(segments.k == 3)
        #expect(segments.silhouettes.count == 7)
        #expect(segments.silhouette == segments.silhouettes.max())
        #expect(segments.assignments.last == -1)
        #expect(segments.segments.map(\.size) == [30, 30, 30])
        #expect(segments.segments.map(\.description) == [
            "Segment 1: 30 rows (33%), high orders (avg 37.7 vs 25.7 overall)",
            "Segment 2: 30 rows (33%), low revenue (avg 995 vs 1.5K overall), low orders (avg 19.8 vs 25.7 overall)",
            "Segment 3: 30 rows (33%), high revenue (avg 2K vs 1.5K overall), low orders (avg 19.7 vs 25.7 overall)",
        ])
        #expect(segments.insight(of: "customers").text.hasPrefix("3 segments of customers (silhouette 0."))
    }

    @Test func segmentsTheNumericColumnsOfATable() throws {
        let (points, _) = blobs()
        let table = ResultTable(columns: [Column("name", .text), Column("x", .real), Column("y", .real)],
                                rows: points.enumerated().map { [.text("c\($0)"), .real($1[0]), .real($1[1])] })
        let segments = try #require(Segmentation(table: table))
        #expect(segments.columns == ["x", "y"])
        #expect(segments.k == 3)
        #expect(Segmentation(table: table, columns: ["x", "nope"]) == nil)
    }
}
