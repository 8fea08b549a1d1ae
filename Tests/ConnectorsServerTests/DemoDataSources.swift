import BICore
import Connectors
import DemoData
import Foundation
import Site
import TestSupport

/// The demo sales data in six places: an SQLite file, a folder of CSV files, one workbook with a
/// sheet per table, a folder of JSON files, and tables in the PostgreSQL and MariaDB test databases.
struct DemoDataSources {
    static let tables = ["customers", "products", "orders", "order_items"]
    /// Column types for the server databases (the SQLite file stores dates as text).
    static let serverColumns: [String: [(String, String)]] = [
        "customers": [("id", "integer primary key"), ("name", "text"), ("segment", "text"), ("region", "text"), ("country", "text"),
                      ("city", "text"), ("signup_date", "date")],
        "products": [("id", "integer primary key"), ("name", "text"), ("category", "text"), ("subcategory", "text"),
                     ("unit_price", "double precision"), ("unit_cost", "double precision")],
        "orders": [("id", "integer primary key"), ("customer_id", "integer"), ("order_date", "date"), ("ship_date", "date"),
                   ("channel", "text"), ("status", "text")],
        "order_items": [("id", "integer primary key"), ("order_id", "integer"), ("product_id", "integer"), ("quantity", "integer"),
                        ("unit_price", "double precision"), ("discount", "double precision")],
    ]

    let folder: TemporaryDirectory

    static var postgresURL: String { get throws { try TestServers.demoDatabase(TestServers.postgresURL, "SMARTBI_TEST_POSTGRES_URL") } }
    static var mysqlURL: String { get throws { try TestServers.demoDatabase(TestServers.mysqlURL, "SMARTBI_TEST_MYSQL_URL") } }

    /// The demo data (20,000 order items) made once per test process and loaded into the demo database
    /// of both test servers, so suites that run side by side never drop the tables another is reading.
    static func loaded() throws -> DemoDataSources { try shared.get() }
    private static let shared = Result {
        let data = try DemoDataSources(rows: 20_000)
        try data.loadPostgres(url: postgresURL)
        try data.loadMySQL(url: mysqlURL)
        return data
    }

    /// Generates the data (`rows` order items) and writes the file forms.
    init(rows: Int) throws {
        folder = try TemporaryDirectory("smartbi-six")
        try FileManager.default.createDirectory(atPath: folder.path("data/csv"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder.path("data/json"), withIntermediateDirectories: true)
        _ = try DemoDataGenerator(rows: rows).write(to: folder.path("data/demo.db"))
        let database = try SQLiteConnector(path: folder.path("data/demo.db"))
        var sheets: [(name: String, table: ResultTable)] = []
        for name in DemoDataSources.tables {
            let table = try database.collect(BoundSQL("SELECT * FROM " + name + " ORDER BY id"), limits: QueryLimits(timeout: 60, maxRows: 10_000_000))
            try table.csv.write(toFile: folder.path("data/csv/\(name).csv"), atomically: true, encoding: .utf8)
            try DemoDataSources.records(table).write(toFile: folder.path("data/json/\(name).json"), atomically: true, encoding: .utf8)
            sheets.append((name, table))
        }
        try Data(XLSXWriter.workbook(sheets: sheets)).write(to: URL(fileURLWithPath: folder.path("data/demo.xlsx")))
    }

    /// `[{"id": 1, …}, …]`.
    static func records(_ table: ResultTable) -> String {
        var out = "[\n"
        for row in 0..<table.rowCount {
            if row > 0 { out += ",\n" }
            out += "{" + table.columns.enumerated().map { index, column in JSON.string(column.name) + ":" + JSON.value(table[row, index]) }
                .joined(separator: ",") + "}"
        }
        return out + "\n]\n"
    }

    /// Creates the tables in the PostgreSQL test database and copies the CSV files in.
    func loadPostgres(url: String) throws {
        var script = ""
        for name in DemoDataSources.tables.reversed() { script += "DROP TABLE IF EXISTS \(name);\n" }
        for name in DemoDataSources.tables {
            script += "CREATE TABLE \(name) (" + DemoDataSources.serverColumns[name]!.map { "\($0) \($1)" }.joined(separator: ", ") + ");\n"
            script += "\\copy \(name) FROM '\(folder.path("data/csv/\(name).csv"))' WITH (FORMAT csv, HEADER true)\n"
        }
        script += "CREATE INDEX ON orders(order_date); CREATE INDEX ON order_items(order_id); CREATE INDEX ON order_items(product_id); ANALYZE;\n"
        try TestServers.run("psql", ["-v", "ON_ERROR_STOP=1", "-q", url], input: script)
    }

    /// Creates the tables in the MariaDB test database and loads the CSV files (empty fields as NULL).
    func loadMySQL(url: String) throws {
        let address = try ServerAddress(parsing: String(url.dropFirst("mysql:".count)), defaultPort: 3306)
        var script = "SET FOREIGN_KEY_CHECKS = 0;\n"
        for name in DemoDataSources.tables {
            let columns = DemoDataSources.serverColumns[name]!
            script += "DROP TABLE IF EXISTS \(name);\n"
            script += "CREATE TABLE \(name) (" + columns.map { "\($0) " + $1.replacing("double precision", with: "double") }
                .joined(separator: ", ") + ") DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;\n"
            script += "LOAD DATA LOCAL INFILE '\(folder.path("data/csv/\(name).csv"))' INTO TABLE \(name) FIELDS TERMINATED BY ','"
                + " OPTIONALLY ENCLOSED BY '\"' LINES TERMINATED BY '\\r\\n' IGNORE 1 LINES ("
                + columns.map { "@" + $0.0 }.joined(separator: ", ") + ") SET "
                + columns.map { "\($0.0) = NULLIF(@\($0.0), '')" }.joined(separator: ", ") + ";\n"
        }
        script += "CREATE INDEX orders_date ON orders(order_date); CREATE INDEX items_order ON order_items(order_id);"
            + " CREATE INDEX items_product ON order_items(product_id); ANALYZE TABLE orders, order_items;\n"
        try TestServers.run("mariadb", ["--local-infile=1", "-h", address.host, "-P", String(address.port), "-u", address.user ?? "",
                                        address.database ?? ""],
                            environment: ["MYSQL_PWD": address.password ?? ""], input: script)
    }
}
