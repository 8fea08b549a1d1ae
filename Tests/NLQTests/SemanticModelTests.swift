import BICore
import Connectors
import NLQ
import Testing
import TestSupport

/// The `semantic:` section of bi.yml names what the schema's names do not say, and wins over inference.
struct SemanticModelTests {
    static let today = Day(iso: "2025-12-15")!
    static let location = SourceLocation(file: "bi.yml", line: 12, column: 3)

    static let model = SemanticModel(
        measures: [SemanticModel.Measure(name: "net_revenue", sql: "sum(order_items.quantity * order_items.unit_price * (1 - order_items.discount))",
                                         synonyms: ["net sales"], location: location)],
        dimensions: [SemanticModel.Dimension(name: "tier", column: "customers.segment", synonyms: ["customer type"], location: location)],
        synonyms: ["patrons": "customers"], timeColumn: "orders.ship_date", location: location)

    @Test func measuresDimensionsSynonymsAndTheTimeColumnComeFromTheModel() throws {
        let compiled = try QuestionEngine(semantic: Self.model).compile("net revenue by customer type last month", schema: Schemas.shop,
                                                                        dialect: .sqlite, today: Self.today)
        #expect(compiled.interpretation == "net_revenue by customers.segment, orders.ship_date in 2025-11")
        #expect(compiled.sql.text == """
            SELECT c.segment AS segment, (sum(oi.quantity * oi.unit_price * (1 - oi.discount))) AS net_revenue
            FROM order_items oi
            JOIN orders o ON o.id = oi.order_id
            JOIN customers c ON c.id = o.customer_id
            WHERE o.ship_date >= ? AND o.ship_date < ?
            GROUP BY c.segment
            ORDER BY net_revenue DESC, segment
            """)
        let patrons = try QuestionEngine(semantic: Self.model).compile("patrons by tier", schema: Schemas.shop, dialect: .sqlite, today: Self.today)
        #expect(patrons.interpretation == "count of customers by customers.segment")
    }

    @Test func plainRevenueIsStillInferredBesideNetRevenue() throws {
        let compiled = try QuestionEngine(semantic: Self.model).compile("revenue", schema: Schemas.shop, dialect: .sqlite, today: Self.today)
        #expect(compiled.interpretation == "sum of order_items.quantity × order_items.unit_price")
    }

    @Test func aColumnTheSchemaLacksIsAnErrorAtItsPlaceInBiYml() {
        var model = Self.model
        model.dimensions[0].column = "customers.segmnt"
        #expect(throws: Diagnostic(at: Self.location, "the schema has no column 'customers.segmnt'", hint: "did you mean 'customers.segment'?")) {
            try QuestionEngine(semantic: model).compile("revenue by tier", schema: Schemas.shop, dialect: .sqlite, today: Self.today)
        }
    }

    @Test func theFingerprintFollowsTheSchemasStructureAndTheModelButNotTheData() throws {
        let folder = try TemporaryDirectory("smartbi-fingerprint")
        try FixtureDatabase.create(at: folder.path("shop.db"))
        let connector = try SQLiteConnector(path: folder.path("shop.db"))
        let plain = try QuestionEngine().fingerprint(of: connector)
        #expect(try QuestionEngine(semantic: Self.model).fingerprint(of: connector) != plain)
        let database = try SQLiteDatabase(path: folder.path("shop.db"), mode: .readWrite)
        try database.execute("INSERT INTO customers VALUES (4, 'Dee', 'East')")
        #expect(try QuestionEngine().fingerprint(of: connector) == plain)
        try database.execute("ALTER TABLE customers ADD COLUMN city TEXT")
        #expect(try QuestionEngine().fingerprint(of: connector) != plain)
    }
}
