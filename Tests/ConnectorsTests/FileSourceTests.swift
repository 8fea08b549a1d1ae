import BICore
import Connectors
import Foundation
import Testing
import TestSupport

/// CSV, JSON and XLSX files as tables in the cache, rebuilt only when a file changes.
struct FileSourceTests {
    let folder: TemporaryDirectory

    init() throws { folder = try TemporaryDirectory("smartbi-files") }

    func open(_ url: String, options: SourceOptions = SourceOptions()) throws -> SQLiteConnector {
        try FileSource(url: SourceURL(parsing: url), options: options, baseDirectory: folder.path, cacheFile: folder.path(".bi/sources/s.sqlite")).open()
    }

    @Test func aFolderOfCSVFilesIsOneTablePerFile() throws {
        try folder.write("id,region\n1,North\n2,South\n", to: "data/customers.csv")
        try folder.write("id;customer_id;amount\n1;1;9,5\n2;2;10\n", to: "data/orders.csv")
        let source = try open("csv:data")
        #expect(try source.tableNames() == ["customers", "orders"])
        let table = try source.collect("select c.region, count(*) as n from orders o join customers c on c.id = o.customer_id group by 1 order by 1")
        #expect(table.rows == [[.text("North"), .integer(1)], [.text("South"), .integer(1)]])
    }

    @Test func typesAreInferredAndOverridable() throws {
        try folder.write("code,price,day,at,flag,zip,mixed\n1,9.5,2025-01-02,2025-01-02T07:30:00,true,007,1\n2,-1e3,2024-02-29,2025-01-02 08:00,FALSE,123,x\n", to: "t.csv")
        let inferred = try open("csv:t.csv").collect("select * from t")
        #expect(inferred.columns.map(\.type) == [.integer, .real, .date, .timestamp, .boolean, .text, .text])
        #expect(inferred.rows[1] == [.integer(2), .real(-1000), .text("2024-02-29"), .text("2025-01-02 08:00"), .boolean(false), .text("123"), .text("x")])
        let overridden = try open("csv:t.csv", options: SourceOptions(types: ["code": .text, "t.price": .integer]))
            .collect("select code, price from t")
        #expect(overridden.columns.map(\.type) == [.text, .integer])
        #expect(overridden.rows[0] == [.text("1"), .real(9.5)])   // a value that is no integer keeps its own value
    }

    @Test func theCacheIsRebuiltOnlyWhenAFileChanges() throws {
        try folder.write("id\n1\n", to: "data/a.csv")
        try folder.write("id\n1\n2\n", to: "data/b.csv")
        _ = try open("csv:data")
        let before = FileFingerprint.of(folder.path(".bi/sources/s.sqlite"))
        Thread.sleep(forTimeInterval: 0.01)
        _ = try open("csv:data")
        #expect(FileFingerprint.of(folder.path(".bi/sources/s.sqlite")) == before)
        try folder.write("id\n1\n2\n3\n", to: "data/b.csv")
        try FileManager.default.removeItem(atPath: folder.path("data/a.csv"))
        let source = try open("csv:data")
        #expect(try source.tableNames() == ["b"])
        #expect(try source.collect("select count(*) from b")[0, 0] == .integer(3))
    }

    @Test func malformedAndMissingFilesSayWhich() throws {
        try folder.write("a,b\n1,2\n3\n", to: "bad.csv")
        #expect(throws: ConnectorError(.malformed(file: "bad.csv", line: 3, message: "1 field where the header has 2"))) { try open("csv:bad.csv") }
        #expect(throws: ConnectorError(.missingFile("nope.csv"))) { try open("csv:nope.csv") }
        try folder.write("[{\"a\": 1},\n {\"a\": }]", to: "bad.json")
        #expect(throws: ConnectorError(.malformed(file: "bad.json", line: 2, message: "unexpected character '}'"))) { try open("json:bad.json") }
    }

    @Test func jsonRecordsKeepTheirOrderAndFlattenObjects() throws {
        try folder.write(#"{"meta": {"n": 2}, "data": [{"id": 1, "name": "Ann", "address": {"city": "Oslo"}, "tags": ["a"]}, {"id": 2, "name": null, "extra": true}]}"#, to: "people.json")
        let table = try open("json:people.json", options: SourceOptions(records: "/data")).collect("select * from people")
        #expect(table.columns.map(\.name) == ["id", "name", "address.city", "tags", "extra"])
        #expect(table.rows == [[.integer(1), .text("Ann"), .text("Oslo"), .text("[\"a\"]"), .null], [.integer(2), .null, .null, .null, .boolean(true)]])
        try folder.write("{\"id\": 1}\n{\"id\": 2}\n", to: "lines.ndjson")
        #expect(try open("json:lines.ndjson").collect("select sum(id) from lines")[0, 0] == .integer(3))
    }

    @Test func workbookSheetsAreTablesWithExcelDates() throws {
        try XLSXFixture.write(to: folder.path("book.xlsx"), sheets: [
            ("Orders", [["id", "day", "at", "amount", "note"], ["1", "d:45658", "d:45658.5", "12.5", "s:Hello & bye"], ["2", "d:59", "", "3", "s:"]]),
            ("Second sheet", [["x"], ["b:1"]]),
        ], uses1904: false)
        let source = try open("xlsx:book.xlsx")
        #expect(try source.tableNames() == ["Orders", "Second sheet"])
        let orders = try source.collect("select * from \"Orders\"")
        #expect(orders.columns.map(\.type) == [.integer, .date, .timestamp, .real, .text])
        #expect(orders.rows == [[.integer(1), .text("2025-01-01"), .text("2025-01-01 12:00:00"), .real(12.5), .text("Hello & bye")],
                                [.integer(2), .text("1900-02-28"), .null, .real(3), .text("")]])
        #expect(try source.collect("select x from \"Second sheet\"")[0, 0] == .boolean(true))
    }
}

extension ResultTable {
    var rows: [[Value]] { (0..<rowCount).map { Array(row($0)) } }
}
