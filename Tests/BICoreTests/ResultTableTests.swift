import BICore
import Testing

/// A table of numbers kept column by column reads, compares and hashes as the same table kept row
/// by row.
@Suite struct ResultTableTests {
    let columns = [Column("n", .integer), Column("x", .real), Column("empty", .text)]
    var byColumn: ResultTable {
        ResultTable(columns: columns, numbers: [[1, -9_007_199_254_740_992, .nan], [0.5, .nan, -0.0], [.nan, .nan, .nan]])
    }
    var byRow: ResultTable {
        ResultTable(columns: columns, rows: [[.integer(1), .real(0.5), .null],
                                             [.integer(-9_007_199_254_740_992), .null, .null],
                                             [.null, .real(-0.0), .null]])
    }

    @Test func readsAsTheRowsItHolds() {
        #expect(byColumn.rowCount == 3)
        #expect(byColumn.cells == byRow.cells)
        #expect(byColumn[1, 0] == .integer(-9_007_199_254_740_992))
        #expect(byColumn[2, 0] == .null)
        #expect(Array(byColumn.row(0)) == [.integer(1), .real(0.5), .null])
        #expect(byColumn.values(ofColumn: 1) == byRow.values(ofColumn: 1))
        guard case .real(let zero) = byColumn[2, 1] else { Issue.record("\(byColumn[2, 1])"); return }
        #expect(zero.sign == .minus)
    }

    @Test func numbersAreTheSameEitherWay() {
        for column in columns.indices {
            let fromColumns = byColumn.numbers(ofColumn: column), fromRows = byRow.numbers(ofColumn: column)
            #expect(fromColumns.elementsEqual(fromRows) { $0 == $1 || $0.isNaN && $1.isNaN }, "column \(column)")
        }
    }

    @Test func equalAndHashedAsTheRowTable() {
        #expect(byColumn == byRow)
        #expect(byRow == byColumn)
        #expect(byColumn == byColumn)
        #expect(byColumn.hashValue == byRow.hashValue)
        let other = ResultTable(columns: columns, numbers: [[1, 2, .nan], [0.5, .nan, 0], [.nan, .nan, .nan]])
        #expect(other != byColumn)
        #expect(other != byRow)
    }
}
