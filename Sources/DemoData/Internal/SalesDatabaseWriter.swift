import BICore
import Connectors

/// Writes the demo data into a new SQLite file: the schema, then every row inside one transaction
/// with journaling and syncing off, then the indexes and `ANALYZE`.
struct SalesDatabaseWriter {
    static let schema = """
        CREATE TABLE customers(
          id INTEGER PRIMARY KEY, name TEXT NOT NULL, segment TEXT NOT NULL, region TEXT NOT NULL,
          country TEXT NOT NULL, city TEXT NOT NULL, signup_date TEXT NOT NULL);
        CREATE TABLE products(
          id INTEGER PRIMARY KEY, name TEXT NOT NULL, category TEXT NOT NULL, subcategory TEXT NOT NULL,
          unit_price REAL NOT NULL, unit_cost REAL NOT NULL);
        CREATE TABLE orders(
          id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id),
          order_date TEXT NOT NULL, ship_date TEXT, channel TEXT NOT NULL, status TEXT NOT NULL);
        CREATE TABLE order_items(
          id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id),
          product_id INTEGER NOT NULL REFERENCES products(id), quantity INTEGER NOT NULL,
          unit_price REAL NOT NULL, discount REAL NOT NULL);
        """
    /// The benchmark database's three indexes, plus one covering index on order_items by product:
    /// the demo's page per product reads one product's lines in microseconds instead of scanning
    /// every line (650 pages × a full scan each), at the price of whole-table product joins running
    /// about 25% slower, because SQLite then drives them from `products`.
    static let indexes = """
        CREATE INDEX idx_orders_date ON orders(order_date);
        CREATE INDEX idx_orders_customer ON orders(customer_id);
        CREATE INDEX idx_items_order ON order_items(order_id);
        CREATE INDEX idx_items_product ON order_items(product_id, order_id, quantity, unit_price, discount);
        """

    private let database: SQLiteDatabase
    private let customerInsert: SQLiteStatement
    private let productInsert: SQLiteStatement
    private let orderInsert: SQLiteStatement
    private let lineInsert: SQLiteStatement

    /// Creates the schema in a new, empty file at `path`.
    init(path: String) throws {
        database = try SQLiteDatabase(path: path, mode: .create)
        try database.execute("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;")
        try database.execute(Self.schema)
        customerInsert = try database.compile("INSERT INTO customers VALUES (?, ?, ?, ?, ?, ?, ?)")
        productInsert = try database.compile("INSERT INTO products VALUES (?, ?, ?, ?, ?, ?)")
        orderInsert = try database.compile("INSERT INTO orders VALUES (?, ?, ?, ?, ?, ?)")
        lineInsert = try database.compile("INSERT INTO order_items VALUES (?, ?, ?, ?, ?, ?)")
    }

    /// Runs `load` (the inserts) in one transaction, then builds the indexes and statistics.
    func fill(_ load: () throws -> Void) throws {
        try database.transaction(load)
        try database.execute(Self.indexes)
        try database.execute("ANALYZE")
    }

    func insert(_ customers: CustomerBase) throws {
        for (index, customer) in customers.customers.enumerated() {
            try customerInsert.run([
                .integer(Int64(index + 1)), .text(customer.name), .text(customer.segment), .text(customer.region),
                .text(customer.country), .text(customer.city), .text(customer.signup.description),
            ])
        }
    }

    func insert(_ catalog: ProductCatalog) throws {
        for (index, product) in catalog.products.enumerated() {
            try productInsert.run([
                .integer(Int64(index + 1)), .text(product.name), .text(product.category),
                .text(product.subcategory), .real(product.unitPrice), .real(product.unitCost),
            ])
        }
    }

    /// Inserts `orders` with ids 1, 2, …; `isoDates` are the calendar's day texts.
    func insert(_ orders: [PlacedOrder], isoDates: [String]) throws {
        for (index, order) in orders.enumerated() {
            let orderDay = Int(order.dayIndex)
            let shipDate: Value = order.shippingDays.map { .text(isoDates[orderDay + Int($0)]) } ?? .null
            try orderInsert.run([
                .integer(Int64(index + 1)), .integer(Int64(order.customerID)), .text(isoDates[orderDay]),
                shipDate, .text(order.channel.rawValue), .text(order.status.rawValue),
            ])
        }
    }

    func insert(_ line: OrderLine, id: Int, orderID: Int) throws {
        try lineInsert.run([
            .integer(Int64(id)), .integer(Int64(orderID)), .integer(Int64(line.productID)),
            .integer(Int64(line.quantity)), .real(line.unitPrice), .real(line.discount),
        ])
    }
}
