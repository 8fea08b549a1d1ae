import BICore
import Connectors
import Testing

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
}
