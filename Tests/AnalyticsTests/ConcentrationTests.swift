import Analytics
import Testing

/// Reference numbers: numpy (Fixtures/reference.py).
struct ConcentrationTests {
    @Test func paretoShareAndGini() throws {
        let revenue: [Double?] = [90, 500, 30, 250, 6, 50, 20, 40, 10, 4, nil]
        let pareto = try #require(Concentration(values: revenue))
        #expect(pareto.itemCount == 10)
        #expect(pareto.topCount == 2)
        #expect(isClose(pareto.topShare, 0.75))
        #expect(pareto.itemsForEightyPercent == 3)
        #expect(isClose(pareto.gini, 0.6672))
        #expect(pareto.sentence(items: "products", measure: "revenue") == "The top 20% of products (2 of 10) make 75% of revenue")
    }

    @Test func evenValuesAreNotConcentrated() throws {
        let even = try #require(Concentration(values: Array(repeating: 5, count: 7)))
        #expect(even.topCount == 2)
        #expect(isClose(even.topShare, 2.0 / 7))
        #expect(isClose(even.gini, 0))
        #expect(Concentration(values: [3, -1]) == nil)
    }
}
