import BICore
import Connectors
import ConnectorsMySQL
import ConnectorsPostgres
import Foundation
import NLQ
import Testing
import TestSupport
import Yams

/// Questions compiled for PostgreSQL and MariaDB answer with the same rows there as on SQLite,
/// whose answers the question sets check against their gold SQL.
@Suite(.serialized, .enabled(if: TestServers.enabled))
struct QuestionDialectsTests {
    struct QuestionFile: Decodable {
        struct Case: Decodable {
            var q: String
            var refuse: Bool?
            var today: String?
        }
        var schema: String
        var today: String
        var questions: [Case]
    }

    @Test func demoQuestionsGiveTheSameRowsOnEveryServer() async throws {
        let data = try DemoDataSources.loaded()
        let servers = try [(SQLDialect.postgres, DemoDataSources.postgresURL), (.mysql, DemoDataSources.mysqlURL)]
        let sqlite = try SQLiteConnector(path: data.folder.path("data/demo.db"))
        let engine = QuestionEngine()
        let sqliteSchema = try QuestionEngine.schema(of: sqlite)
        var mismatches: [String] = []
        var compared = 0
        for (dialect, url) in servers {
            let connector: any Connector = try Self.connect(dialect, url)
            let schema = try QuestionEngine.schema(of: connector)
            let fingerprint = try engine.fingerprint(of: connector)
            #expect(try fingerprint.count == 16 && fingerprint == engine.fingerprint(of: connector))
            for (question, today) in try Self.demoQuestions() {
                guard let expected = try? engine.compile(question, schema: sqliteSchema, dialect: .sqlite, today: today) else { continue }
                let want = try sqlite.collect(expected.sql.bound(today: today))
                do {
                    let compiled = try engine.compile(question, schema: schema, dialect: dialect, today: today)
                    let got = try connector.collect(compiled.sql.bound(today: today))
                    compared += 1
                    if let difference = SixSourcesTests.difference(Self.sorted(want), Self.sorted(got)) {
                        mismatches.append("\(dialect) \"\(question)\": \(difference)\n\(compiled.sql.text)")
                    }
                } catch {
                    mismatches.append("\(dialect) \"\(question)\": \(error)")
                }
            }
        }
        print("questions compared on PostgreSQL and MariaDB: \(compared), mismatches: \(mismatches.count)")
        #expect(compared > 200)
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
    }

    static func connect(_ dialect: SQLDialect, _ url: String) throws -> any Connector {
        let address = try ServerAddress(parsing: String(url[url.index(after: url.firstIndex(of: ":")!)...]), defaultPort: dialect == .postgres ? 5432 : 3306)
        return dialect == .postgres ? try PostgresConnector(address: address, password: address.password)
                                    : try MySQLConnector(address: address, password: address.password)
    }

    /// The questions of the demo question sets that have an answer, with their day.
    static func demoQuestions() throws -> [(String, Day)] {
        let folder = URL(fileURLWithPath: SixSourcesTests.repository).appendingPathComponent("Tests/NLQTests/Questions")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yml") }.sorted().flatMap { file in
            let set = try YAMLDecoder().decode(QuestionFile.self, from: String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
            guard set.schema == "demo" else { return [(String, Day)]() }
            return set.questions.filter { $0.refuse != true }.map { ($0.q, Day(iso: $0.today ?? set.today)!) }
        }
    }

    /// The rows in a fixed order, so engines that order ties or nulls differently compare equal.
    static func sorted(_ table: ResultTable) -> ResultTable {
        let rows = (0..<table.rowCount).map { Array(table.row($0)) }.sorted { $0.map(\.text).joined(separator: "\u{1F}") < $1.map(\.text).joined(separator: "\u{1F}") }
        return ResultTable(columns: table.columns, rows: rows)
    }
}
