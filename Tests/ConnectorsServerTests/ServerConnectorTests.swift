import BICore
import Connectors
import ConnectorsMySQL
import ConnectorsPostgres
import Testing

/// PostgreSQL and MariaDB through their drivers: typed rows, bound parameters, read-only
/// sessions, limits, and errors that say where and why without the password.
@Suite(.serialized, .enabled(if: TestServers.enabled))
struct ServerConnectorTests {
    enum Server: String, CaseIterable, CustomStringConvertible {
        case postgres, mysql
        var description: String { rawValue }
        var variable: String { self == .postgres ? "SMARTBI_TEST_POSTGRES_URL" : "SMARTBI_TEST_MYSQL_URL" }
        var defaultPort: Int { self == .postgres ? 5432 : 3306 }

        func url() throws -> String { try TestServers.require(self == .postgres ? TestServers.postgresURL : TestServers.mysqlURL, variable) }

        func address() throws -> ServerAddress {
            let url = try url()
            return try ServerAddress(parsing: String(url[url.index(after: url.firstIndex(of: ":")!)...]), defaultPort: defaultPort)
        }

        func connect(_ address: ServerAddress, password: String? = nil) throws -> any Connector {
            self == .postgres ? try PostgresConnector(address: address, password: password) : try MySQLConnector(address: address, password: password)
        }

        /// A scratch table `bi_scratch(id, name, amount, day)` with two rows, made through the command-line client.
        func makeScratchTable() throws {
            let sql = """
                DROP TABLE IF EXISTS bi_scratch;
                CREATE TABLE bi_scratch (id integer primary key, name varchar(20), amount decimal(10,2), day date, ok boolean);
                INSERT INTO bi_scratch VALUES (1, 'Ann', 12.50, '2025-01-31', true), (2, 'Bob', NULL, '2025-02-01', false);
                """
            let address = try address()
            if self == .postgres {
                try TestServers.run("psql", ["-v", "ON_ERROR_STOP=1", "-q", try url()], input: sql)
            } else {
                try TestServers.run("mariadb", ["-h", address.host, "-P", String(address.port), "-u", address.user ?? "", address.database ?? ""],
                                    environment: ["MYSQL_PWD": address.password ?? ""], input: sql)
            }
        }
    }

    @Test(arguments: Server.allCases)
    func rowsAreTypedAndParametersBound(_ server: Server) throws {
        try server.makeScratchTable()
        let source = try server.connect(try server.address())
        let table = try source.collect("select id, name, amount, day, ok from bi_scratch where name <> \(Value.text("x' or '1'='1")) order by id")
        #expect(table.columns.map(\.type) == [.integer, .text, .real, .date, .boolean])
        #expect(table.row(0).elementsEqual([.integer(1), .text("Ann"), .real(12.5), .text("2025-01-31"), .boolean(true)]))
        #expect(table[1, 2] == .null)
        let none = try source.collect("select count(*) from bi_scratch where name = \(Value.text("x' or '1'='1"))")
        #expect(none[0, 0].number == 0)
        #expect(try source.tableNames().contains("bi_scratch"))
        #expect(try source.fingerprint() != nil)
    }

    @Test(arguments: Server.allCases)
    func aWritingQueryChangesNothing(_ server: Server) throws {
        try server.makeScratchTable()
        let source = try server.connect(try server.address())
        #expect(throws: ConnectorError(.readOnly)) { try source.collect("delete from bi_scratch") }
        #expect(throws: ConnectorError(.readOnly)) { try source.collect("insert into bi_scratch (id) values (3)") }
        #expect(try source.collect("select count(*) from bi_scratch")[0, 0].number == 2)
    }

    @Test(arguments: Server.allCases)
    func unknownTablesAndSyntaxErrorsSayWhere(_ server: Server) throws {
        let source = try server.connect(try server.address())
        let unknown = #expect(throws: ConnectorError.self) { try source.collect("select *\nfrom orderz") }
        guard case .unknownTable(let name, _, let offset)? = unknown?.reason else { Issue.record("\(String(describing: unknown))"); return }
        #expect(name == "orderz")
        #expect(offset == 14)
        let syntax = #expect(throws: ConnectorError.self) { try source.collect("select 1\nfrom bi_scratch wher id = 1") }
        #expect(syntax?.offset == 30, "\(String(describing: syntax))")   // at "id", after "wher"
    }

    @Test(arguments: Server.allCases)
    func longQueriesTimeOut(_ server: Server) throws {
        let source = try server.connect(try server.address())
        let endless: BoundSQL = server == .postgres
            ? "select count(*) from generate_series(1, 100000) a, generate_series(1, 100000) b"
            : "select count(*) from seq_1_to_100000 a, seq_1_to_100000 b"
        let started = ContinuousClock.now
        #expect(throws: ConnectorError(.timeout(seconds: 0.5))) { try source.collect(endless, limits: QueryLimits(timeout: 0.5, maxRows: 10)) }
        #expect(ContinuousClock.now - started < .seconds(4))
    }

    @Test(arguments: Server.allCases)
    func wrongPasswordsAreRefusedWithoutEchoingThem(_ server: Server) throws {
        var address = try server.address()
        address.password = nil
        let error = #expect(throws: ConnectorError.self) { _ = try server.connect(address, password: "not-the-password-42") }
        guard case .authentication(let place, _)? = error?.reason else { Issue.record("\(String(describing: error))"); return }
        #expect(place == "\(address.host):\(address.port)")
        #expect(error.map { !$0.description.contains("not-the-password-42") } == true)
    }

    @Test(arguments: Server.allCases)
    func unreachableServersNameHostAndPort(_ server: Server) throws {
        var address = try server.address()
        address.port = 1
        let error = #expect(throws: ConnectorError.self) { _ = try server.connect(address) }
        guard case .unreachable(let place, _)? = error?.reason else { Issue.record("\(String(describing: error))"); return }
        #expect(place == "\(address.host):1")
        #expect(error.map { !$0.description.contains(address.password ?? "?") } == true)
    }
}
