@testable import Analytics
import Testing

/// Reference numbers: scipy.stats / scipy.special, printed by Fixtures/reference.py.
struct DistributionTests {
    @Test func normalQuantileAndDistribution() {
        #expect(isClose(Normal.quantile(0.975), 1.959963984540054, 1e-12))
        #expect(isClose(Normal.quantile(1e-6), -4.753424308822899, 1e-12))
        #expect(isClose(Normal.cdf(-1.3), 0.09680048458561036, 1e-12))
        #expect(isClose(Normal.twoSidedPValue(1.959963984540054), 0.05, 1e-12))
    }

    @Test func regularizedIncompleteBetaMatchesScipy() {
        #expect(isClose(SpecialFunctions.regularizedIncompleteBeta(0.3, a: 2.5, b: 0.5), 0.018927124071945658, 1e-12))
        #expect(isClose(SpecialFunctions.regularizedIncompleteBeta(0.9, a: 10, b: 3), 0.889130022255, 1e-11))
        #expect(SpecialFunctions.regularizedIncompleteBeta(0, a: 2, b: 3) == 0)
        #expect(SpecialFunctions.regularizedIncompleteBeta(1, a: 2, b: 3) == 1)
        // I_x(1, 1) = x
        #expect(isClose(SpecialFunctions.regularizedIncompleteBeta(0.37, a: 1, b: 1), 0.37, 1e-14))
    }

    @Test func studentTMatchesScipy() {
        #expect(isClose(StudentT(degreesOfFreedom: 5).twoSidedPValue(2.1), 0.08975324988459879, 1e-12))
        #expect(isClose(StudentT(degreesOfFreedom: 30).cdf(-0.7), 0.24466022174983582, 1e-12))
        // Textbook table: t(10) has 2.228 at the two-sided 5% point.
        #expect(abs(StudentT(degreesOfFreedom: 10).twoSidedPValue(2.228) - 0.05) < 1e-4)
    }
}
