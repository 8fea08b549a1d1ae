import BICore
import Connectors
import Foundation
import Testing
import TestSupport

struct CSVReaderTests {
    func read(_ text: String) throws -> ResultTable {
        try CSVReader().read(bytes: Array(text.utf8), name: "test.csv")
    }

    @Test func typesAreInferredPerColumn() throws {
        let table = try read("id,price,day,flag,name,zip\n1,9.5,2025-01-02,true,Ann,007\n2,10,2025-01-03,false,Bob,123\n")
        #expect(table.columns.map(\.type) == [.integer, .real, .date, .boolean, .text, .text])
        #expect(table.row(0).elementsEqual([.integer(1), .real(9.5), .text("2025-01-02"), .boolean(true), .text("Ann"), .text("007")]))
    }

    @Test func quotedFieldsHoldDelimitersQuotesAndNewlines() throws {
        let table = try read("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n")
        #expect(table.values(ofColumn: 0) == [.text("x, y"), .text("two\nlines")])
        #expect(table.values(ofColumn: 1) == [.text("say \"hi\""), .text("z")])
    }

    @Test func byteOrderMarkAndCRLF() throws {
        let table = try read("\u{FEFF}a,b\r\n1,2\r\n")
        #expect(table.columns.map(\.name) == ["a", "b"])
        #expect(table.row(0).elementsEqual([.integer(1), .integer(2)]))
    }

    @Test func semicolonAndTabDelimiters() throws {
        #expect(try read("a;b\n1;2\n").columns.map(\.name) == ["a", "b"])
        #expect(try read("a\tb\n1\t2\n").columns.map(\.name) == ["a", "b"])
    }

    @Test func latin1IsDecoded() throws {
        let bytes: [UInt8] = Array("name\n".utf8) + [0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72, 0x0A]   // "Müller" in Latin-1
        let table = try CSVReader().read(bytes: bytes, name: "latin1.csv")
        #expect(table[0, 0] == .text("Müller"))
    }

    @Test func emptyFieldsAreNull() throws {
        let table = try read("a,b\n1,\n,2\n")
        #expect(table.values(ofColumn: 0) == [.integer(1), .null])
        #expect(table.columns[1].type == .integer)
    }

    @Test func malformedFilesSayWhere() {
        #expect(throws: ConnectorError(.malformed(file: "test.csv", line: 3, message: "a quoted field is never closed"))) {
            try read("a,b\n1,2\n\"open,3\n")
        }
        #expect(throws: ConnectorError(.malformed(file: "test.csv", line: 3, message: "3 fields where the header has 2"))) {
            try read("a,b\n1,2\n1,2,3\n")
        }
    }

    /// Files of numbers take a one-pass path (from memory or from a mapping of the file); it must
    /// give what the general path gives, and leave anything else to it.
    @Test(arguments: [
        "x,y\n0,100.5\n1,99.25\n2,101\n",               // integers, and reals with an integer among them
        "a,b,c\n1,,3\n,,\n4,5,6",                         // empty fields, a row of them, no final newline
        "a;b\r\n-1;+2.5e3\r\n\r\n3;.5\r\n",            // semicolons, CRLF, a blank line, signs and exponents
        "n\n12345678901234567890\n-0\n0.000123\n1e\n",   // past Int64, minus zero, leading zeros after the point, a bare exponent
        "a,b\n007,1\n",                                   // a code with a leading zero: text
        "a,b\n-0.0,5.\n-.5,+7\n.5,-0\n",                  // zeros with signs, a point with digits on one side only
        "a\n0.1234567890123456\n99.000000000000000000000001\n123456789012345.6\n",   // past Clinger's fast path: strtod
        "n\n123456789012345678\n1234567890123456789\n",  // the longest integer, and one digit more: a real
        "n,m\n9007199254740993,1\n-9007199254740992,2\n", // an integer a double cannot hold (2^53 + 1), and -2^53
        "a,b\n00.5,1\n",                                  // leading zeros before the point: text
        "n\n12345678901\u{e9}\n0.12\u{00b5}\n",             // letters past ASCII right after digits: text
        "x,y\n1234567,12345678.87654321\n",             // runs of digits of seven, eight and more
        "a\n1.2.3\n",                                     // two points: text
        "a,b\n1,2,\n",                                    // a trailing delimiter: a row too wide
        "a,b\n1\n",                                       // a row too narrow
        "\na,b\n1,2\n",                                   // a blank first line
        "a,b\n\"1\",2\n",                                  // a quote
        "a,b\ntrue,2025-01-01\n",                         // booleans and dates
        "only,header\n",
    ])
    func numericFastPathMatchesTheGeneralPath(_ text: String) throws {
        // Any type override sends a file down the general path.
        let general = CSVReader(types: ["no such column": .text])
        let expected = Result { try general.read(bytes: Array(text.utf8), name: "test.csv") }
        let fromMemory = Result { try CSVReader().read(bytes: Array(text.utf8), name: "test.csv") }
        let folder = try TemporaryDirectory("smartbi-csv")
        let path = folder.path("numbers.csv")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let fromFile = Result { try CSVReader().read(path: path) }
        let generalFromFile = Result { try general.read(path: path) }
        for result in [fromMemory, fromFile] {
            switch (result, expected) {
            case (.success(let table), .success(let wanted)): #expect(table == wanted, "\(text.debugDescription)")
            case (.failure(let error), .failure(let wanted)):
                #expect(String(describing: error).replacingOccurrences(of: path, with: "test.csv") == String(describing: wanted))
            default: Issue.record("\(text.debugDescription): \(result) but the general path gives \(expected)")
            }
        }
        if case .success(let table) = generalFromFile, case .success(let wanted) = expected { #expect(table == wanted) }
    }

    /// Minus zero with a point keeps its sign, as strtod gives it; without one it is the integer 0.
    /// (Values compare -0.0 and 0.0 equal, so the test above cannot tell.)
    @Test func minusZeroReadsAsStrtodReadsIt() throws {
        let table = try CSVReader().read(bytes: Array("a\n-0.0\n-0\n".utf8), name: "zeros.csv")
        guard case .real(let withPoint) = table.cells[0], case .real(let withoutPoint) = table.cells[1] else {
            Issue.record("\(table.cells)")
            return
        }
        #expect(withPoint.sign == .minus)
        #expect(withoutPoint.sign == .plus)
    }

    /// Files past 256 KB are read in two halves on two threads: a column that turns real only in
    /// the second half, one empty in the first, a blank line, a bad field late in the file.
    @Test(arguments: ["", "blank line", "text"])
    func largeNumericFilesReadInHalvesMatchTheGeneralPath(_ twist: String) throws {
        var text = "n,half,late\r\n"
        for row in 0..<40_000 {
            let half = row < 20_000 ? "\(row)" : "\(Double(row) / 8)"
            let late = row < 30_000 ? "" : "\(-row)"
            text += "\(row),\(half),\(late)\r\n"
            if row == 35_000, twist == "blank line" { text += "\r\n" }
            if row == 39_000, twist == "text" { text += "1,2,x\r\n" }
        }
        let general = try CSVReader(types: ["no such column": .text]).read(bytes: Array(text.utf8), name: "big.csv")
        let folder = try TemporaryDirectory("smartbi-csv")
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder.path("big.csv")))
        let fast = try CSVReader().read(path: folder.path("big.csv"))
        #expect(fast == general)
        #expect(fast.columns.map(\.type) == (twist == "text" ? [.integer, .real, .text] : [.integer, .real, .integer]))
    }

    /// Decimals are read exactly: the fast conversion gives the correctly rounded double, as strtod does.
    @Test func decimalsReadAsStrtodReadsThem() throws {
        var generator = SystemRandomNumberGenerator()
        var texts: [String] = ["0.1", "0.3", "-98.7654321", "3.14159265358979", "1e22", "1e23", "4.9e-324", "1.7976931348623157e308",
                               "2.2250738585072014e-308", "9007199254740993", "123456789012345.6", "0.000000000000000000001"]
        for _ in 0..<3000 {
            texts.append("\(Int64.random(in: -999_999_999_999_999...999_999_999_999_999, using: &generator))e\(Int.random(in: -30...30, using: &generator))")
            texts.append("\(Double.random(in: -1e6...1e6, using: &generator))")
            texts.append("\(Int.random(in: -99_999...99_999, using: &generator)).\(Int.random(in: 0...9_999_999, using: &generator))")
        }
        let table = try read("v\n" + texts.joined(separator: "\n") + "\n")
        #expect(table.columns[0].type == .real)
        for (row, text) in texts.enumerated() {
            guard case .real(let value) = table[row, 0] else { Issue.record("\(text) read as \(table[row, 0])"); continue }
            #expect(value.bitPattern == Double(text)!.bitPattern, "\(text): \(value) but strtod gives \(Double(text)!)")
        }
    }
}
