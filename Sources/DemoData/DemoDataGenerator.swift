import BICore
import Foundation

/// Makes SmartBI's demo database: a retail shop's sales from 2023-01-01 to 2025-12-31 in SQLite,
/// with tables `customers`, `products`, `orders` and `order_items`.
///
/// The data has what analytics should find: 22% growth a year, weekday and yearly seasonality,
/// seasonal categories, Black Friday and Cyber Monday peaks, a quiet Christmas Day, a drift from
/// stores to the mobile app, a few best-selling products, corporate bulk orders, returns and
/// cancellations, and inflation. Three anomalies are planted: a checkout outage (2024-08-12 to
/// 2024-08-18, ~4% of the usual orders), a flash sale (2025-06-10, ~6x the orders, Audio 30% off)
/// and a pricing error (2024-03-21, Laptops at 90% off).
///
/// The same `rows` and `seed` give the same table contents on every machine.
///
/// ```swift
/// let summary = try DemoDataGenerator(rows: 200_000).write(to: "data/sales.db")
/// print(summary)
/// ```
public struct DemoDataGenerator: Sendable {
    /// Rows of `order_items`; orders have about 2.38 items each and there are `max(500, rows / 20)` customers.
    public var rows: Int
    public var seed: UInt64

    /// - Parameters:
    ///   - rows: the number of `order_items` rows, at least 1 (checked by ``write(to:)``).
    ///   - seed: picks one of many equally plausible data sets; 42 unless given.
    public init(rows: Int, seed: UInt64 = 42) {
        self.rows = rows
        self.seed = seed
    }

    /// Writes the database to `path`, replacing any file there, and creating its folder if missing.
    ///
    /// The data goes into a temporary file beside `path` that is renamed into place at the end, so
    /// an interrupted run never leaves a half-written database.
    /// - Throws: a ``Diagnostic`` if `rows` is below 1 or the file cannot be moved into place; a
    ///   `ConnectorError` or a file-system error if it cannot be written.
    public func write(to path: String) throws -> DemoDataSummary {
        guard rows >= 1 else {
            throw Diagnostic(at: nil, "the demo data needs at least 1 row, not \(rows)",
                             hint: "pass --rows 1 or more; the default is 200000")
        }
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(
            ".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).partial").path
        try? FileManager.default.removeItem(atPath: temporary)
        do {
            let summary = try fill(databaseAt: temporary, reportedAs: path)
            guard rename(temporary, target.path) == 0 else {
                let reason = String(cString: strerror(errno))
                throw Diagnostic(at: nil, "cannot move the new database to \(path): \(reason)")
            }
            return summary
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    /// Generates every table into a new database at `path`. The connection is closed on return.
    private func fill(databaseAt path: String, reportedAs finalPath: String) throws -> DemoDataSummary {
        var catalogRandom = RandomSource(seed: seed, stream: .catalog)
        let catalog = ProductCatalog(using: &catalogRandom)
        var customerRandom = RandomSource(seed: seed, stream: .customers)
        let customers = CustomerBase(count: max(500, rows / 20), using: &customerRandom)
        var calendarRandom = RandomSource(seed: seed, stream: .calendar)
        let calendar = SalesCalendar(using: &calendarRandom)
        var simulator = OrderSimulator(seed: seed, calendar: calendar, customers: customers, catalog: catalog)

        let writer = try SalesDatabaseWriter(path: path)
        var orders: [PlacedOrder] = []
        try writer.fill {
            try writer.insert(customers)
            try writer.insert(catalog)
            var lineID = 0
            orders = try simulator.run(itemCount: rows) { orderID, line in
                lineID += 1
                try writer.insert(line, id: lineID, orderID: orderID)
            }
            try writer.insert(orders, isoDates: calendar.isoDates)
        }
        return DemoDataSummary(
            path: finalPath, seed: seed, customers: customers.customers.count, products: catalog.products.count,
            orders: orders.count, orderItems: rows,
            firstOrderDate: calendar.days[Int(orders[0].dayIndex)],
            lastOrderDate: calendar.days[Int(orders[orders.count - 1].dayIndex)])
    }
}
