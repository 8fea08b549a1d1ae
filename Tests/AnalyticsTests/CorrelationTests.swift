import Analytics
import Testing

/// Reference numbers: scipy.stats.pearsonr and spearmanr, printed by Fixtures/reference.py.
struct CorrelationTests {
    let x: [Double?] = [43, 21, 25, 42, 57, 59, 33, 47, 38, 29, nil]
    let y: [Double?] = [99, 65, 79, 75, 87, 81, 70, 86, 79, 65, 12]

    @Test func pearsonWithTDistributionPValue() throws {
        let r = try #require(Correlation.pearson(x, y))
        #expect(r.count == 10)
        #expect(isClose(r.coefficient, 0.6221805196540823))
        #expect(isClose(r.pValue, 0.0547496636563793, 1e-8))
    }

    @Test func spearmanOnRanksWithTies() throws {
        let rho = try #require(Correlation.spearman(x, y))
        #expect(isClose(rho.coefficient, 0.7683069659820713))
        #expect(isClose(rho.pValue, 0.009429432736693874, 1e-8))
    }

    @Test func insightSaysStrengthAndSignificance() throws {
        let rho = try #require(Correlation.spearman(x, y))
        #expect(rho.insight("Ad spend", "revenue").text
                == "Ad spend and revenue are strongly positively correlated (ρ = 0.77, p = 0.009, n = 10)")
        let r = try #require(Correlation.pearson(x, y))
        #expect(r.insight("Ad spend", "revenue").text
                == "Ad spend and revenue are not significantly correlated (r = 0.62, p = 0.055, n = 10)")
    }

    @Test func constantColumnHasNoCorrelation() {
        #expect(Correlation.pearson([1, 1, 1, 1], [1, 2, 3, 4]) == nil)
    }
}
