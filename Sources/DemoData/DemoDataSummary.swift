import BICore

/// What ``DemoDataGenerator/write(to:)`` wrote: row counts, the span of order dates and the
/// anomalies planted in the data. `description` is the report `bi demo-data` prints.
public struct DemoDataSummary: Hashable, Sendable, CustomStringConvertible {
    /// The database file written.
    public var path: String
    public var seed: UInt64
    public var customers: Int
    public var products: Int
    public var orders: Int
    public var orderItems: Int
    public var firstOrderDate: Day
    public var lastOrderDate: Day

    public init(path: String, seed: UInt64, customers: Int, products: Int, orders: Int, orderItems: Int,
                firstOrderDate: Day, lastOrderDate: Day) {
        self.path = path
        self.seed = seed
        self.customers = customers
        self.products = products
        self.orders = orders
        self.orderItems = orderItems
        self.firstOrderDate = firstOrderDate
        self.lastOrderDate = lastOrderDate
    }

    public var description: String {
        let counts = [("customers", customers), ("products", products), ("orders", orders),
                      ("order_items", orderItems)]
        let lines = counts.map { table, count in
            let number = NumberFormat.grouped(Double(count), decimals: 0)
            return "  " + table + String(repeating: " ", count: max(1, 24 - table.count - number.count))
                + number + (count == 1 ? " row" : " rows")
        }
        let outage = SalesEvents.outage
        return (["Wrote demo sales data to \(path) (seed \(seed))"] + lines + [
            "  orders dated \(firstOrderDate) .. \(lastOrderDate)",
            "  anomalies: outage week \(outage.lowerBound)..\(outage.upperBound) (~4% of orders), "
                + "flash sale \(SalesEvents.flashSale) (~6x orders, Audio 30% off), "
                + "pricing error \(SalesEvents.pricingError) (Laptops 90% off)",
        ]).joined(separator: "\n")
    }
}
