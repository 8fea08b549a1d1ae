import BICore
import Connectors
import Foundation
import Testing

/// Folding rows into groups follows SQLite's GROUP BY, ORDER BY and aggregate functions, and gives
/// up (nil, so the SQL runs) where it could not.
struct SQLiteGroupingTests {
    /// A table `t(k, v, flag)` with the given rows, in a new temporary file.
    static func connector(_ rows: [String]) throws -> SQLiteConnector {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("grouping-\(UUID().uuidString).db").path
        let database = try SQLiteDatabase(path: path, mode: .create)
        try database.execute("CREATE TABLE t(k TEXT, v, flag BOOLEAN)" + (rows.isEmpty ? "" : "; INSERT INTO t VALUES " + rows.joined(separator: ", ")))
        return try SQLiteConnector(path: path)
    }

    static func sum(_ function: RowGrouping.Aggregate.Function = .sum, argument: Int? = 1, order: [RowGrouping.SortKey] = [], limit: Int? = nil,
                    rows: String = "SELECT k, v FROM t") -> RowGrouping {
        RowGrouping(rows: SQLTemplate(rows), keys: 1,
                    columns: [.init("k", .key(0)), .init("total", .aggregate(.init(function, argument: argument)))], order: order, limit: limit)
    }

    static func same(_ connector: SQLiteConnector, _ grouping: RowGrouping, as sql: String) throws {
        let folded = try #require(try connector.fold(grouping, today: Day(iso: "2025-01-01")!, limits: .default))
        let expected = try connector.collect(BoundSQL(sql))
        #expect(folded.columns.map(\.name) == expected.columns.map(\.name))
        #expect(folded.columns.map(\.type) == expected.columns.map(\.type))
        #expect(folded.cells == expected.cells)
    }

    @Test func sumsStayIntegersUntilARealIsAddedAndNullGroupsComeFirst() throws {
        let connector = try Self.connector(["('b', 2, 0)", "('a', 1, 0)", "(NULL, 5, 0)", "('a', 2.5, 0)", "('b', 3, 0)", "('c', NULL, 0)", "(NULL, 1, 0)"])
        try Self.same(connector, Self.sum(), as: "SELECT k, SUM(v) AS total FROM t GROUP BY k")
        try Self.same(connector, Self.sum(.average), as: "SELECT k, AVG(v) AS total FROM t GROUP BY k")
        try Self.same(connector, Self.sum(.count), as: "SELECT k, COUNT(v) AS total FROM t GROUP BY k")
        try Self.same(connector, Self.sum(.rows, argument: nil), as: "SELECT k, COUNT(*) AS total FROM t GROUP BY k")
        try Self.same(connector, Self.sum(.minimum), as: "SELECT k, MIN(v) AS total FROM t GROUP BY k")
        try Self.same(connector, Self.sum(.maximum), as: "SELECT k, MAX(v) AS total FROM t GROUP BY k")
        try Self.same(connector, Self.sum(order: [.init(column: 1, descending: true), .init(column: 0, descending: false)], limit: 2),
                      as: "SELECT k, SUM(v) AS total FROM t GROUP BY k ORDER BY total DESC, k LIMIT 2")
    }

    @Test func sumsAndAveragesOfManyRealsAddUpLikeSQLite() throws {
        let values = (0..<2_000).map { "('\(["x", "y", "z"][$0 % 3])', \(Double($0) * 0.1 + 1e7 * Double($0 % 7)), 0)" }
        let connector = try Self.connector(values)
        for function in [RowGrouping.Aggregate.Function.sum, .average] {
            let folded = try #require(try connector.fold(Self.sum(function), today: Day(iso: "2025-01-01")!, limits: .default))
            let expected = try connector.collect(BoundSQL("SELECT k, \(function == .sum ? "SUM" : "AVG")(v) AS total FROM t GROUP BY k"))
            #expect(folded.values(ofColumn: 0) == expected.values(ofColumn: 0))
            for (a, b) in zip(folded.values(ofColumn: 1), expected.values(ofColumn: 1)) {
                #expect(abs(a.number! - b.number!) <= 1e-12 * abs(b.number!))
            }
        }
        // 1e16 + 1 − 1e16 is 1, as SQLite 3.43 and later add it (3.40 lost the 1).
        let cancelling = try Self.connector(["('b', 1e16, 0)", "('b', 1.0, 0)", "('b', -1e16, 0)"])
        let folded = try #require(try cancelling.fold(Self.sum(), today: Day(iso: "2025-01-01")!, limits: .default))
        #expect(folded.values(ofColumn: 1) == [.real(1)])
    }

    @Test func textGroupsByItsBytesAndSortsByThem() throws {
        // "é" precomposed and decomposed: equal to Swift, two groups to SQLite; "B" sorts before "a".
        let connector = try Self.connector(["('\u{E9}', 1, 0)", "('e\u{301}', 2, 0)", "('a', 3, 0)", "('B', 4, 0)", "('\u{E9}', 5, 0)"])
        try Self.same(connector, Self.sum(), as: "SELECT k, SUM(v) AS total FROM t GROUP BY k")
        try Self.same(connector, Self.sum(.distinctCount), as: "SELECT k, COUNT(DISTINCT v) AS total FROM t GROUP BY k")
        try Self.same(connector, Self.sum(.distinctCount, rows: "SELECT 'all', k FROM t ORDER BY v"),
                      as: "SELECT 'all' AS k, COUNT(DISTINCT k) AS total FROM t GROUP BY 1")
    }

    @Test func integralRealsShareTheIntegersDistinctCount() throws {
        let connector = try Self.connector(["('a', 1, 0)", "('a', 1.0, 0)", "('a', 2, 0)", "('a', 2.5, 0)"])
        try Self.same(connector, Self.sum(.distinctCount), as: "SELECT k, COUNT(DISTINCT v) AS total FROM t GROUP BY k")
    }

    @Test func whatDoesNotFoldAsSQLiteWouldRunsAsSQL() throws {
        let today = Day(iso: "2025-01-01")!
        let text = try Self.connector(["('a', '12', 0)"])
        #expect(try text.fold(Self.sum(), today: today, limits: .default) == nil, "SQLite converts text it adds up")
        let overflow = try Self.connector(["('a', 9223372036854775807, 0)", "('a', 1, 0)"])
        #expect(try overflow.fold(Self.sum(), today: today, limits: .default) == nil, "SQLite reports integer overflow")
        let flags = try Self.connector(["('a', 1, 1)", "('a', 1, 2)"])
        #expect(try flags.fold(Self.sum(rows: "SELECT flag, v FROM t"), today: today, limits: .default) == nil,
                "booleans no longer hold the integer SQLite groups by")
        let mixedKeys = try Self.connector(["(1, 1, 0)", "(1.0, 2, 0)"])
        #expect(try mixedKeys.fold(Self.sum(rows: "SELECT v * 0 + CASE WHEN v = 1 THEN 1 ELSE 1.0 END, v FROM t"), today: today, limits: .default) == nil,
                "1 and 1.0 group together, and which SQLite shows is its own")
    }

    @Test func noRowsGiveNoGroupsAndTooManyGroupsStop() throws {
        let empty = try Self.connector([])
        try Self.same(empty, Self.sum(), as: "SELECT k, SUM(v) AS total FROM t GROUP BY k")
        let many = try Self.connector((0..<20).map { "('k\($0)', 1, 0)" })
        #expect(throws: ConnectorError.self) {
            try many.fold(Self.sum(), today: Day(iso: "2025-01-01")!, limits: QueryLimits(timeout: 10, maxRows: 10))
        }
    }
}
