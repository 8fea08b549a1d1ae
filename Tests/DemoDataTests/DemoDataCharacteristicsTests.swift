import BICore
import Testing

/// The patterns and anomalies the demo data exists to show, checked in the data itself.
@Suite struct DemoDataCharacteristicsTests {
    static let revenue = "sum(i.quantity * i.unit_price * (1 - i.discount))"

    /// Orders per day from `first` to `last`, both included; days without orders count as 0.
    static func dailyOrders(_ database: GeneratedDatabase, from first: String, to last: String) throws -> [Double] {
        let counts = try database.rows("""
            SELECT order_date, count(*) FROM orders WHERE order_date BETWEEN '\(first)' AND '\(last)'
            GROUP BY order_date
            """)
        let byDay = Dictionary(uniqueKeysWithValues: counts.map { ($0[0].text, $0[1].number ?? 0) })
        let start = Day(iso: first)!.dayNumber
        return (start...Day(iso: last)!.dayNumber).map { byDay[Day(dayNumber: $0).description] ?? 0 }
    }

    static func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }

    @Test func outageWeekHasFewOrders() throws {
        let database = try SharedDatabases.seed42.get()
        let outage = Self.mean(try Self.dailyOrders(database, from: "2024-08-12", to: "2024-08-18"))
        let weeksBefore = Self.mean(try Self.dailyOrders(database, from: "2024-07-29", to: "2024-08-11"))
        let weeksAfter = Self.mean(try Self.dailyOrders(database, from: "2024-08-19", to: "2024-09-01"))
        #expect(outage < 0.15 * weeksBefore)
        #expect(outage < 0.15 * weeksAfter)
    }

    @Test func flashSaleDayHasSeveralTimesTheOrdersAndCheapAudio() throws {
        let database = try SharedDatabases.seed42.get()
        let days = try Self.dailyOrders(database, from: "2025-05-01", to: "2025-07-31")
        let flashSale = try database.number("SELECT count(*) FROM orders WHERE order_date = '2025-06-10'")
        let median = days.sorted()[days.count / 2]
        #expect(flashSale > 4 * median)
        let audio = try database.rows("""
            SELECT min(i.discount), max(i.discount), count(*) FROM order_items i
            JOIN orders o ON o.id = i.order_id JOIN products p ON p.id = i.product_id
            WHERE o.order_date = '2025-06-10' AND p.subcategory = 'Audio'
            """)[0]
        #expect(audio.map(\.number) == [0.3, 0.3, audio[2].number])
        #expect((audio[2].number ?? 0) > 0.5 * flashSale)
    }

    @Test func pricingErrorSellsLaptopsAtNinetyPercentOff() throws {
        let database = try SharedDatabases.seed42.get()
        let laptops = try database.rows("""
            SELECT avg(i.discount), count(*) FROM order_items i
            JOIN orders o ON o.id = i.order_id JOIN products p ON p.id = i.product_id
            WHERE o.order_date = '2024-03-21' AND p.subcategory = 'Laptops'
            """)[0]
        try #require((laptops[1].number ?? 0) > 0)
        #expect(abs((laptops[0].number ?? 0) - 0.9) < 1e-9)
        #expect(try database.number("""
            SELECT max(i.discount) FROM order_items i JOIN orders o ON o.id = i.order_id
            JOIN products p ON p.id = i.product_id WHERE o.order_date <> '2024-03-21' AND p.subcategory = 'Laptops'
            """) <= 0.3)
    }

    @Test func revenueGrowsYearOverYear() throws {
        let database = try SharedDatabases.seed42.get()
        let yearly = try database.rows("""
            SELECT substr(o.order_date, 1, 4), \(Self.revenue) FROM order_items i JOIN orders o ON o.id = i.order_id
            GROUP BY 1 ORDER BY 1
            """).map { $0[1].number ?? 0 }
        #expect(yearly.count == 3)
        #expect(yearly[1] > 1.1 * yearly[0])
        #expect(yearly[2] > 1.1 * yearly[1])
    }

    @Test func blackFridayPeaksAndChristmasDips() throws {
        let database = try SharedDatabases.seed42.get()
        let november = Self.mean(try Self.dailyOrders(database, from: "2024-11-01", to: "2024-11-21"))
        let blackFriday = try database.number("SELECT count(*) FROM orders WHERE order_date = '2024-11-29'")
        let cyberMonday = try database.number("SELECT count(*) FROM orders WHERE order_date = '2024-12-02'")
        let december = Self.mean(try Self.dailyOrders(database, from: "2024-12-10", to: "2024-12-20"))
        let christmas = try database.number("SELECT count(*) FROM orders WHERE order_date = '2024-12-25'")
        #expect(blackFriday > 2 * november)
        #expect(cyberMonday > 1.5 * november)
        #expect(christmas < 0.6 * december)
    }

    @Test func customersMoveFromStoresToTheApp() throws {
        let database = try SharedDatabases.seed42.get()
        let share = "avg(channel = 'Mobile App')"
        let early = try database.number("SELECT \(share) FROM orders WHERE order_date < '2023-07-01'")
        let late = try database.number("SELECT \(share) FROM orders WHERE order_date >= '2025-07-01'")
        #expect(late > 1.5 * early)
        let christmasInStore = "SELECT count(*) FROM orders WHERE order_date LIKE '%-12-25' AND channel = 'Store'"
        #expect(try database.number(christmasInStore) == 0)
    }

    @Test func recentOrdersAreStillOpen() throws {
        let database = try SharedDatabases.seed42.get()
        let statuses = try database.rows("SELECT DISTINCT status FROM orders WHERE order_date >= '2025-12-29'")
        #expect(Set(statuses.map { $0[0].text }).isSubset(of: ["pending", "shipped"]))
        let settled = try database.rows("SELECT DISTINCT status FROM orders WHERE order_date < '2025-12-22' ORDER BY 1")
        #expect(settled.map { $0[0].text } == ["cancelled", "completed", "returned"])
        #expect(try database.number("""
            SELECT count(*) FROM orders WHERE status IN ('cancelled', 'pending') AND ship_date IS NOT NULL
            """) == 0)
    }
}
