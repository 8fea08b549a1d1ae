@testable import Analytics
import Testing

/// Reference numbers: pymannkendall.original_test, printed by Fixtures/reference.py.
struct MannKendallTests {
    @Test func matchesPymannkendallWithTies() throws {
        let test = try #require(MannKendall([5, 7, 6, 6, 9, 8, nil, 11, 10, 10, 12, 9, 13]))
        #expect(test.count == 12)
        #expect(test.s == 45)
        #expect(isClose(test.variance, 209.66666666666666))
        #expect(isClose(test.z, 3.038701086406464))
        #expect(isClose(test.pValue, 0.0023760047599561407, 1e-8))
        #expect(isClose(test.tau, 0.6818181818181818))
    }

    @Test func textbookSmallCase() throws {
        // Pairs of [1, 3, 2, 4, 5]: nine rise, one falls, so S = 8; Var(S) = 5·4·15/18.
        let test = try #require(MannKendall([1, 3, 2, 4, 5]))
        #expect(test.s == 8)
        #expect(isClose(test.variance, 50.0 / 3))
        #expect(isClose(test.z, 7 / (50.0 / 3).squareRoot()))
    }

    @Test func inversionCountEqualsTheQuadraticDefinition() {
        var random = SeededGenerator(seed: 5)
        for size in [2, 15, 16, 17, 100, 517] {
            let values = (0..<size).map { _ in Double(random.next() % 20) }
            var pairs = 0
            for i in 0..<size { for j in (i + 1)..<size where values[i] > values[j] { pairs += 1 } }
            var sorted = values
            #expect(sorted.sortCountingInversions() == pairs)
            #expect(sorted == values.sorted())
        }
    }

    @Test func constantSeriesHasNoTrend() throws {
        let test = try #require(MannKendall([4, 4, 4, 4]))
        #expect(test.s == 0)
        #expect(test.pValue == 1)
    }
}
