import BICore
import Testing

struct FormattingTests {
    @Test(arguments: [(1234.0, "1.2K"), (3_400_000, "3.4M"), (999, "999"), (0.25, "0.25"), (-1500, "-1.5K"), (2e9, "2B")])
    func compactNumbers(_ value: Double, _ expected: String) {
        #expect(NumberFormat.auto.axisLabel(value) == expected)
    }

    @Test func fullNumbers() {
        #expect(NumberFormat.usd.full(1234.5) == "$1,234.50")
        #expect(NumberFormat.usd.full(-0.004) == "$0.00")
        #expect(NumberFormat.usd.axisLabel(1_200_000) == "$1.2M")
        #expect(NumberFormat.percent.full(0.1234) == "12.3%")
        #expect(NumberFormat.integer.full(1_234_567) == "1,234,567")
        #expect(NumberFormat.fixed(decimals: 2).full(2.005) == "2.01")
        #expect(NumberFormat.auto.full(16_129_471.53) == "16,129,471.53")
        #expect(NumberFormat.auto.full(65.5) == "65.5")
        #expect(NumberFormat(name: "num3") == .fixed(decimals: 3))
        #expect(NumberFormat(name: "dollars") == nil)
    }

    @Test func columnTitles() {
        #expect(ColumnTitle.humanize("avg_order_value") == "Avg order value")
        #expect(ColumnTitle.humanize("unitPrice") == "Unit price")
        #expect(ColumnTitle.humanize("AOV") == "AOV")
    }

    @Test func typeInference() {
        #expect(ColumnType.inferred(from: [.integer(1), .real(2.5)]) == .real)
        #expect(ColumnType.inferred(from: [.text("2025-01-01"), .null]) == .date)
        #expect(ColumnType.inferred(from: [.text("2025-01-01"), .text("2025-01-01T10:00")]) == .timestamp)
        #expect(ColumnType.inferred(from: [.text("2025-01"), .integer(1)]) == .text)
        #expect(ColumnType.inferred(from: [Value.null]) == .unknown)
    }

    @Test func resultFormats() {
        let table = ResultTable(columns: [Column("name", .text), Column("total", .real)],
                                rows: [[.text("a,\"b\""), .real(1.5)], [.null, .real(2)]])
        #expect(table.csv == "name,total\r\n\"a,\"\"b\"\"\",1.5\r\n,2\r\n")
        #expect(table.json(sql: "select\n1") == #"{"sql":"select\n1","columns":[{"name":"name","type":"text"},{"name":"total","type":"real"}],"rows":[["a,\"b\"",1.5],[null,2]]}"#)
        #expect(table.textTable == "name   total\n-----  -----\na,\"b\"    1.5\n           2\n(2 rows)\n")
    }
}
