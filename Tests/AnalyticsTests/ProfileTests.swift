import Analytics
import BICore
import Testing

struct ProfileTests {
    @Test func histogramBinsEqualWidths() {
        let histogram = Histogram(values: [1, 2, 2, 3, 10], binCount: 3)
        #expect(histogram.bins.map(\.count) == [4, 0, 1])
        #expect(histogram.bins.map(\.lower) == [1, 4, 7])
        #expect(histogram.bins.last?.upper == 10)
        let constant = Histogram(values: [4, 4]).bins
        #expect(constant.map(\.lower) == [4] && constant.map(\.upper) == [4] && constant.map(\.count) == [2])
        #expect(Histogram(values: []).bins.isEmpty)
        // Sturges: ⌈log₂ 100⌉ + 1 = 8 bins.
        #expect(Histogram(values: (0..<100).map(Double.init)).bins.count == 8)
    }

    @Test func profilesEveryColumnOfATable() {
        let table = ResultTable(columns: [Column("region", .text), Column("amount", .real), Column("day", .date)], rows: [
            [.text("north"), .real(10), .text("2025-01-02")],
            [.text("south"), .null, .text("2025-01-01")],
            [.text("north"), .integer(30), .null],
            [.null, .real(20), .text("2025-01-03")],
        ])
        let profiles = ColumnProfile.profiles(of: table)
        #expect(profiles.map(\.name) == ["region", "amount", "day"])
        #expect(profiles.map(\.nulls) == [1, 1, 1])
        #expect(profiles.map(\.distinct) == [2, 3, 3])
        #expect(profiles[0].topValues.map(\.value) == ["north", "south"])
        #expect(profiles[0].topValues.map(\.count) == [2, 1])
        #expect(profiles[1].summary?.mean == 20)
        #expect(profiles[1].min == "10" && profiles[1].max == "30")
        #expect(profiles[1].histogram?.bins.map(\.count).reduce(0, +) == 3)
        #expect(profiles[2].min == "2025-01-01" && profiles[2].max == "2025-01-03")
        #expect(profiles[2].summary == nil)
    }

    @Test func typeIsInferredWhenNotGiven() {
        let profile = ColumnProfile(name: "flag", values: [.boolean(true), .boolean(false), .boolean(true)])
        #expect(profile.type == .boolean)
        #expect(profile.topValues.first?.value == "true" && profile.topValues.first?.count == 2)
    }
}
