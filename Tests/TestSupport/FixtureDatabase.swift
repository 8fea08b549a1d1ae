import BICore
import Connectors

/// A small sales database with known numbers, for tests that need exact expected values.
///
/// regions: North (2 customers), South (1); products: Widget (10.0), Gadget (25.5);
/// six orders in 2025-01..2025-03, one of them cancelled.
public enum FixtureDatabase {
    public static func create(at path: String) throws {
        let database = try SQLiteDatabase(path: path, mode: .create)
        try database.execute("""
            CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT NOT NULL, region TEXT NOT NULL);
            CREATE TABLE products(id INTEGER PRIMARY KEY, name TEXT NOT NULL, price REAL NOT NULL);
            CREATE TABLE orders(id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id),
                                product_id INTEGER NOT NULL REFERENCES products(id), order_date DATE NOT NULL,
                                quantity INTEGER NOT NULL, status TEXT NOT NULL);
            INSERT INTO customers VALUES (1, 'Ann', 'North'), (2, 'Bob', 'North'), (3, 'Cid', 'South');
            INSERT INTO products VALUES (1, 'Widget', 10.0), (2, 'Gadget', 25.5);
            INSERT INTO orders VALUES
              (1, 1, 1, '2025-01-05', 3, 'completed'),
              (2, 2, 2, '2025-01-20', 1, 'completed'),
              (3, 3, 1, '2025-02-11', 5, 'completed'),
              (4, 1, 2, '2025-02-14', 2, 'cancelled'),
              (5, 3, 2, '2025-03-02', 4, 'completed'),
              (6, 2, 1, '2025-03-30', 1, 'completed');
            """)
    }

    /// Revenue (quantity × price, completed orders) by region: North 65.5, South 152.0.
    public static let revenueByRegion: [(String, Double)] = [("North", 65.5), ("South", 152.0)]
    /// Revenue by month: 2025-01 55.5, 2025-02 50.0, 2025-03 112.0.
    public static let revenueByMonth: [(String, Double)] = [("2025-01", 55.5), ("2025-02", 50.0), ("2025-03", 112.0)]
}
