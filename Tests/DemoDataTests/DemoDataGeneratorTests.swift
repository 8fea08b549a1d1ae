import BICore
import DemoData
import Foundation
import Testing

@Suite struct DemoDataGeneratorTests {
    static let tables = ["customers", "products", "orders", "order_items"]

    @Test func rowCountsFollowTheScaleRules() throws {
        let database = try SharedDatabases.seed42.get()
        let rows = SharedDatabases.rows
        #expect(try database.number("SELECT count(*) FROM order_items") == Double(rows))
        #expect(try database.number("SELECT count(*) FROM customers") == Double(max(500, rows / 20)))
        #expect(try database.number("SELECT count(*) FROM products") == 650)
        let orders = try database.number("SELECT count(*) FROM orders")
        #expect(abs(orders - Double(rows) / 2.38) < 0.03 * Double(rows) / 2.38)
        #expect(try database.number("SELECT max(n) FROM (SELECT count(*) n FROM order_items GROUP BY order_id)") <= 7)
        #expect(try database.number("SELECT count(DISTINCT subcategory) FROM products") == 35)
        #expect(try database.number("SELECT count(DISTINCT category) FROM products") == 8)

        let summary = database.summary
        let summaryCounts: [Int] = [summary.customers, summary.products, summary.orders, summary.orderItems]
        #expect(summaryCounts == [max(500, rows / 20), 650, Int(orders), rows])
        #expect(summary.description.contains("order_items       20,000 rows"))
    }

    @Test func sameSeedGivesTheSameContents() throws {
        let first = try SharedDatabases.seed42.get()
        let second = try GeneratedDatabase(rows: SharedDatabases.rows, seed: 42)
        for table in Self.tables {
            #expect(try first.digest(of: table) == second.digest(of: table), "table \(table)")
        }
        #expect(first.summary.orders == second.summary.orders)
    }

    @Test func anotherSeedGivesOtherData() throws {
        let first = try SharedDatabases.seed42.get()
        let other = try GeneratedDatabase(rows: SharedDatabases.rows, seed: 7)
        for table in Self.tables {
            #expect(try first.digest(of: table) != other.digest(of: table), "table \(table)")
        }
    }

    /// Pins the exact output for one small case, so a change of platform, toolchain or SQLite
    /// that alters the data shows up. Update the numbers only when the generator changes on purpose.
    @Test func contentsArePinned() throws {
        let database = try GeneratedDatabase(rows: 1_000, seed: 1)
        let digests = try Self.tables.map { try database.digest(of: $0) }
        #expect(digests == [1_284_652_271_914_181_475, 2_941_212_375_719_056_957,
                            3_285_395_895_758_211_827, 14_370_111_901_731_441_795])
    }

    @Test func datesStayInTheSalesYears() throws {
        let database = try SharedDatabases.seed42.get()
        #expect(try database.value("SELECT min(order_date) FROM orders") == .text("2023-01-01"))
        #expect(try database.value("SELECT max(order_date) FROM orders") == .text("2025-12-31"))
        #expect(database.summary.firstOrderDate == Day(year: 2023, month: 1, day: 1))
        #expect(database.summary.lastOrderDate == Day(year: 2025, month: 12, day: 31))
        #expect(try database.number("SELECT count(*) FROM orders WHERE ship_date < order_date") == 0)
        let lateShipments = "SELECT count(*) FROM orders WHERE julianday(ship_date) - julianday(order_date) > 6"
        #expect(try database.number(lateShipments) == 0)
        #expect(try database.number("SELECT count(*) FROM customers WHERE signup_date > '2025-12-31'") == 0)
        #expect(try database.number("""
            SELECT count(*) FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.signup_date > o.order_date
            """) == 0)
    }

    @Test func foreignKeysAllResolve() throws {
        let database = try SharedDatabases.seed42.get()
        #expect(try database.rows("PRAGMA foreign_key_check").isEmpty)
        let emptyOrders = "SELECT count(*) FROM orders WHERE id NOT IN (SELECT order_id FROM order_items)"
        #expect(try database.number(emptyOrders) == 0)
    }

    @Test func schemaIsTheBenchmarkSchemaPlusAProductIndex() throws {
        let database = try SharedDatabases.seed42.get()
        let indexes = try database.rows("""
            SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' ORDER BY name
            """).map { $0.map(\.text) }
        #expect(indexes == [["idx_items_order", "order_items"], ["idx_items_product", "order_items"],
                            ["idx_orders_customer", "orders"], ["idx_orders_date", "orders"]])
        let columns = try database.rows("SELECT name, type FROM pragma_table_info('order_items')")
            .map { $0.map(\.text) }
        #expect(columns == [["id", "INTEGER"], ["order_id", "INTEGER"], ["product_id", "INTEGER"],
                            ["quantity", "INTEGER"], ["unit_price", "REAL"], ["discount", "REAL"]])
        #expect(try database.number("SELECT count(*) FROM sqlite_stat1") > 0)   // ANALYZE ran
    }

    @Test func replacesTheTargetAndLeavesNoTemporaryFile() throws {
        let database = try GeneratedDatabase(rows: 10)
        _ = try DemoDataGenerator(rows: 20).write(to: database.path)
        #expect(try database.number("SELECT count(*) FROM order_items") == 20)
        let files = try FileManager.default.contentsOfDirectory(atPath: database.folder.path)
        #expect(files == ["sales.db"])
    }

    @Test func refusesFewerThanOneRowAndKeepsTheOldFile() throws {
        let database = try GeneratedDatabase(rows: 10)
        #expect(throws: Diagnostic.self) { try DemoDataGenerator(rows: 0).write(to: database.path) }
        #expect(try database.number("SELECT count(*) FROM order_items") == 10)
    }
}
