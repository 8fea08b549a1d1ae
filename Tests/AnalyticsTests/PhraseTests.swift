@testable import Analytics
import BICore
import Testing

struct PhraseTests {
    @Test(arguments: [(0.22, "22%"), (0.031, "3.1%"), (4.8, "480%"), (0.0004, "0.04%"), (0.000631, "0.063%"), (0, "0%"), (-0.96, "96%")])
    func percentages(ratio: Double, text: String) {
        #expect(Phrase.percent(ratio) == text)
    }

    @Test func signedPercentagesUseATrueMinus() {
        #expect(Phrase.signedPercent(-0.96) == "−96%")
        #expect(Phrase.signedPercent(0.031) == "+3.1%")
    }

    @Test(arguments: [(1_234_567.0, NumberFormat.usd, "$1.2M"), (995.07, .auto, "995"), (37.66, .auto, "37.7"),
                      (4.254, .auto, "4.25"), (0.01234, .auto, "0.0123"), (0.5, .auto, "0.5"), (12_300, .auto, "12.3K"), (0.125, .percent, "12.5%")])
    func amounts(value: Double, format: NumberFormat, text: String) {
        #expect(Phrase.amount(value, format) == text)
    }

    @Test func pValuesAndPeriods() {
        #expect(Phrase.pValue(0.0004) == "p < 0.001")
        #expect(Phrase.pValue(0.0547) == "p = 0.055")
        #expect(Phrase.pValue(0.42) == "p = 0.42")
        let day = Day(iso: "2025-06-10")!
        #expect(Phrase.period(day, .daily) == "2025-06-10")
        #expect(Phrase.period(day, .weekly) == "the week of 2025-06-10")
        #expect(Phrase.period(day, .monthly) == "June 2025")
        #expect(Phrase.period(day, .quarterly) == "Q2 2025")
        #expect(Phrase.period(day, .yearly) == "2025")
    }
}
