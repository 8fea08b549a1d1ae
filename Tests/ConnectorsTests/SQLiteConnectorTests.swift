import BICore
import Connectors
import Testing
import TestSupport

struct SQLiteConnectorTests {
    let folder: TemporaryDirectory
    let connector: SQLiteConnector

    init() throws {
        folder = try TemporaryDirectory()
        try FixtureDatabase.create(at: folder.path("shop.db"))
        connector = try SQLiteConnector(path: folder.path("shop.db"))
    }

    @Test func columnsAreTypedFromDeclarationsAndValues() throws {
        let table = try connector.collect("select id, name, price, order_date, price * 2 as total, null as empty from products, (select order_date from orders limit 1)")
        #expect(table.columns == [Column("id", .integer), Column("name", .text), Column("price", .real),
                                  Column("order_date", .date), Column("total", .real), Column("empty", .unknown)])
        #expect(table.rowCount == 2)
        #expect(table[0, 1] == .text("Widget"))
        #expect(table[1, 2] == .real(25.5))
    }

    @Test func parametersAreBoundNotSpliced() throws {
        let region: Value = .text("North' OR '1'='1")
        let none = try connector.collect("select count(*) as n from customers where region = \(region)")
        #expect(none[0, 0] == .integer(0))
        let north = try connector.collect("select count(*) as n from customers where region = \(Value.text("North"))")
        #expect(north[0, 0] == .integer(2))
    }

    @Test func rowsStreamThroughACursor() throws {
        var seen: [Int64] = []
        try connector.withCursor("select id from orders order by id", limits: .default) { cursor in
            while try cursor.next() {
                if case .integer(let id) = cursor.value(at: 0) { seen.append(id) }
            }
        }
        #expect(seen == [1, 2, 3, 4, 5, 6])
    }

    @Test func writesAreRefused() throws {
        #expect(throws: ConnectorError(.readOnly)) { try connector.collect("delete from orders") }
        #expect(try connector.collect("select count(*) from orders")[0, 0] == .integer(6))
    }

    @Test func sqlErrorsCarryTheDatabaseMessageAndPosition() {
        #expect(throws: ConnectorError(.sql(message: "no such column: revenu", offset: 7))) {
            try connector.collect("select revenu from orders")
        }
    }

    @Test func rowLimitStopsLargeResults() {
        #expect(throws: ConnectorError(.rowLimit(3))) {
            try connector.collect("select * from orders", limits: QueryLimits(timeout: 10, maxRows: 3))
        }
    }

    @Test func longQueriesTimeOut() {
        let endless: BoundSQL = "with recursive n(i) as (select 1 union all select i + 1 from n) select count(*) from n"
        #expect(throws: ConnectorError(.timeout(seconds: 0.2))) {
            try connector.collect(endless, limits: QueryLimits(timeout: 0.2, maxRows: 10))
        }
    }

    @Test func missingFileFailsOnOpen() {
        #expect(throws: ConnectorError.self) { try SQLiteConnector(path: folder.path("nope.db")) }
    }

    @Test func schemaListsTablesKeysAndValueSamples() throws {
        let schema = try connector.schema()
        #expect(schema.tables.map(\.name) == ["customers", "orders", "products"])
        let orders = try #require(schema.table(named: "orders"))
        #expect(orders.rowCount == 6)
        #expect(orders.primaryKey == ["id"])
        #expect(orders.foreignKeys.contains(Schema.ForeignKey(columns: ["customer_id"], referencedTable: "customers", referencedColumns: ["id"])))
        #expect(orders.column(named: "order_date")?.type == .date)
        #expect(schema.table(named: "customers")?.column(named: "region")?.sampleValues == ["North", "South"])
    }
}
