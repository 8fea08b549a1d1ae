import BICore
import Connectors
import NLQ
import Testing

/// How words link to the schema, shown by what the engine says it understood.
struct LinkingTests {
    static let today = Day(iso: "2025-12-15")!

    func understood(_ question: String, _ schema: Schema = Schemas.shop) throws -> String {
        try QuestionEngine().compile(question, schema: schema, dialect: .sqlite, today: Self.today).interpretation
    }

    @Test func theIssuesExample() throws {
        let compiled = try QuestionEngine().compile("What were my top 5 products last month?", schema: Schemas.shop, dialect: .sqlite, today: Self.today)
        #expect(compiled.interpretation
            == "sum of order_items.quantity × order_items.unit_price by products.name, orders.order_date in 2025-11, top 5")
        #expect(compiled.chart == .bar)
    }

    @Test(arguments: [
        // synonyms and plurals
        ("clients by region", "count of customers by customers.region"),
        ("how many purchases per buyer", "count of orders by customers.name"),
        ("turnover by product category", "sum of order_items.quantity × order_items.unit_price by products.category"),
        // misspellings
        ("revnue by categroy", "sum of order_items.quantity × order_items.unit_price by products.category"),
        // values of low-cardinality columns, with or without their column's word
        ("orders in the Europe region", "count of orders, customers.region = Europe"),
        ("revenue for Electronics or Books", "sum of order_items.quantity × order_items.unit_price, products.category = Electronics, products.subcategory = Books"),
        ("mobile orders", "count of orders, orders.channel = Mobile App"),
        ("sales to German customers", "sum of order_items.quantity × order_items.unit_price, customers.country = Germany"),
        ("orders not cancelled", "count of orders, orders.status ≠ cancelled"),
        // the date a verb names
        ("orders shipped last month", "count of orders, orders.ship_date in 2025-11"),
        ("customers who signed up in 2024", "count of customers, customers.signup_date in 2024"),
        // measures, counts and numeric filters
        ("average order value", "(sum of order_items.quantity × order_items.unit_price) per order"),
        ("how many different countries", "distinct count of customers.country"),
        ("items with a discount above 20%", "count of order_items, order_items.discount > 20%"),
        ("customers with more than 5 orders", "count of orders by customers.name, count of orders > 5"),
        ("average monthly revenue in 2024", "average per month of sum of order_items.quantity × order_items.unit_price, orders.order_date in 2024"),
    ])
    func links(_ question: String, _ interpretation: String) throws {
        #expect(try understood(question) == interpretation)
    }

    @Test func camelCaseAndNameImpliedJoins() throws {
        #expect(try understood("average first response time by team", Schemas.support)
            == "average of tickets.firstResponseMins by teams.teamName")
        #expect(try understood("urgent tickets per agent", Schemas.support) == "count of tickets by agents.fullName, tickets.priority = Urgent")
    }
}
