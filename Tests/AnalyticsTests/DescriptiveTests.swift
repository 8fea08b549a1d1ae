@testable import Analytics
import Testing

/// Reference numbers: numpy (mean, median, std with ddof=1, quantile with the default linear
/// method), printed by Fixtures/reference.py.
struct DescriptiveTests {
    let sample = [2.0, 4, 4, 4, 5, 5, 7, 9, 12, 1.5]

    @Test func meanMedianAndStandardDeviationMatchNumpy() {
        #expect(isClose(Descriptive.mean(sample)!, 5.35))
        #expect(isClose(Descriptive.median(sample)!, 4.5))
        #expect(isClose(Descriptive.standardDeviation(sample)!, 3.1976553910638965))
        #expect(Descriptive.median([3, 1, 2]) == 2)
        #expect(Descriptive.mean([]) == nil)
        #expect(Descriptive.variance([1]) == nil)
    }

    @Test func quantilesInterpolateLikeNumpy() {
        let sorted = sample.sorted()
        let expected = [1.95, 4.0, 6.5, 9.299999999999999]
        #expect(isClose([0.1, 0.25, 0.75, 0.9].map { Descriptive.quantile($0, ofSorted: sorted) }, expected))
        #expect(Descriptive.quantile(0, ofSorted: sorted) == 1.5)
        #expect(Descriptive.quantile(1, ofSorted: sorted) == 12)
    }

    @Test func summaryCountsMissingAndFindsQuartilesBySelection() {
        let summary = Summary(sample + [nil, .nan])!
        #expect(summary.count == 10)
        #expect(summary.missing == 2)
        #expect(summary.min == 1.5)
        #expect(summary.max == 12)
        #expect(isClose(summary.lowerQuartile, 4.0))
        #expect(isClose(summary.median, 4.5))
        #expect(isClose(summary.upperQuartile, 6.5))
        #expect(isClose(summary.sum, 53.5))
        #expect(Summary([nil]) == nil)
    }

    @Test func medianAbsoluteDeviation() {
        // |x − 4.5| = 2.5 0.5 0.5 0.5 0.5 0.5 2.5 4.5 7.5 3 → median 1.5
        #expect(Descriptive.medianAbsoluteDeviation(sample) == 1.5)
    }

    @Test func selectionAgreesWithSortingOnRandomData() {
        var random = SeededGenerator(seed: 9)
        for size in [1, 2, 7, 100, 1_001] {
            let values = (0..<size).map { _ in Double(random.next() % 50) }
            let sorted = values.sorted()
            for k in [0, size / 3, size / 2, size - 1] {
                var work = values
                #expect(work.select(k) == sorted[k])
            }
        }
    }
}
