@testable import PDF
import Testing

/// Column widths of a table wider than the page: short columns keep their words whole, long text
/// takes what is left, and words break only when even the longest ones do not fit.
struct TableLayoutTests {
    @Test func shortColumnsKeepTheirWordsWhenALongOneWraps() {
        // "Column", "Type", a long description: the description alone wraps.
        let widths = TableLayout.fit([60, 40, 400], minimum: [60, 40, 80], numeric: [false, false, false], into: 300)
        #expect(widths == [60, 40, 200])
    }

    @Test func numbersStayWholeAndTextSharesTheRestByWhatItLacks() {
        let widths = TableLayout.fit([100, 200, 80, 300], minimum: [50, 50, 20, 50], numeric: [false, false, true, false], into: 330)
        // Floors 50 + 50 + 80 + 50 = 230; the 100 left is shared 50 : 150 : 0 : 250.
        #expect(widths.map { ($0 * 100).rounded() / 100 } == [61.11, 83.33, 80, 105.56])
        #expect(abs(widths.reduce(0, +) - 330) < 1e-9)
    }

    @Test func wordsBreakOnlyWhenTheLongestDoNotFit() {
        // Floors 150 and 200 (no column asks for more than its natural width), scaled to 200.
        let widths = TableLayout.fit([200, 200], minimum: [150, 250], numeric: [false, false], into: 200)
        #expect(widths.map { ($0 * 100).rounded() / 100 } == [85.71, 114.29])
    }

    @Test func theLongestWordIsItsShareOfTheCell() {
        #expect(TableLayout.longestWord(of: "Online 63% · Mobile", width: 190) == 60)
        #expect(TableLayout.longestWord(of: "", width: 0) == 0)
    }
}
