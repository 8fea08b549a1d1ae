import BICore

/// Schemas built in code, for tests of SQL text that need no database.
enum Schemas {
    /// The demo shop: customers, products, orders, order_items, with values for the category columns.
    static let shop = Schema(tables: [
        Schema.Table(name: "customers", columns: [
            .init(name: "id", type: .integer), .init(name: "name", type: .text),
            .init(name: "segment", type: .text, sampleValues: ["Consumer", "Corporate", "Home Office"]),
            .init(name: "region", type: .text, sampleValues: ["Europe", "North America", "Asia Pacific"]),
            .init(name: "country", type: .text, sampleValues: ["Germany", "France", "United States"]),
            .init(name: "signup_date", type: .date),
        ], primaryKey: ["id"], rowCount: 1000),
        Schema.Table(name: "products", columns: [
            .init(name: "id", type: .integer), .init(name: "name", type: .text),
            .init(name: "category", type: .text, sampleValues: ["Electronics", "Clothing", "Books & Media"]),
            .init(name: "subcategory", type: .text, sampleValues: ["Phones", "Laptops", "Books", "Audio"]),
            .init(name: "unit_price", type: .real), .init(name: "unit_cost", type: .real),
        ], primaryKey: ["id"], rowCount: 650),
        Schema.Table(name: "orders", columns: [
            .init(name: "id", type: .integer), .init(name: "customer_id", type: .integer), .init(name: "order_date", type: .date),
            .init(name: "ship_date", type: .date), .init(name: "channel", type: .text, sampleValues: ["Online", "Store", "Mobile App"]),
            .init(name: "status", type: .text, sampleValues: ["completed", "returned", "cancelled"]),
        ], primaryKey: ["id"], foreignKeys: [.init(columns: ["customer_id"], referencedTable: "customers", referencedColumns: ["id"])],
           rowCount: 8500),
        Schema.Table(name: "order_items", columns: [
            .init(name: "id", type: .integer), .init(name: "order_id", type: .integer), .init(name: "product_id", type: .integer),
            .init(name: "quantity", type: .integer), .init(name: "unit_price", type: .real), .init(name: "discount", type: .real),
        ], primaryKey: ["id"], foreignKeys: [
            .init(columns: ["order_id"], referencedTable: "orders", referencedColumns: ["id"]),
            .init(columns: ["product_id"], referencedTable: "products", referencedColumns: ["id"]),
        ], rowCount: 20000),
    ])

    /// A support desk in camelCase with no declared keys.
    static let support = Schema(tables: [
        Schema.Table(name: "agents", columns: [
            .init(name: "id", type: .integer), .init(name: "fullName", type: .text), .init(name: "teamId", type: .integer),
        ], primaryKey: ["id"], rowCount: 24),
        Schema.Table(name: "teams", columns: [
            .init(name: "id", type: .integer), .init(name: "teamName", type: .text, sampleValues: ["Billing Support", "Onboarding"]),
        ], primaryKey: ["id"], rowCount: 4),
        Schema.Table(name: "tickets", columns: [
            .init(name: "id", type: .integer), .init(name: "assigneeId", type: .integer),
            .init(name: "priority", type: .text, sampleValues: ["Low", "High", "Urgent"]),
            .init(name: "createdAt", type: .timestamp), .init(name: "firstResponseMins", type: .integer),
            .init(name: "resolutionHours", type: .real),
        ], primaryKey: ["id"], rowCount: 3000),
    ])
}
