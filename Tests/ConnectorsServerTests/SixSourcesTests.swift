import BICore
import Foundation
import Pipeline
import Query
import Site
import Testing
import TestSupport

/// The demo reports, run on the demo data in SQLite, CSV, Excel, JSON, PostgreSQL and MariaDB,
/// give the same numbers everywhere.
@Suite(.serialized, .enabled(if: TestServers.enabled))
struct SixSourcesTests {
    /// Real sums may differ in the last bits between engines that add in a different order.
    static let relativeTolerance = 1e-9

    @Test func everyDemoReportTotalIsIdenticalAcrossSixSources() async throws {
        let data = try DemoDataSources.loaded()
        let postgres = try DemoDataSources.postgresURL
        let mysql = try DemoDataSources.mysqlURL
        let sources = ["sqlite:data/demo.db", "csv:data/csv", "xlsx:data/demo.xlsx", "json:data/json", postgres, mysql]
        let reference = try await results(of: sources[0], in: data.folder)
        #expect(reference.count > 600, "every page's queries ran: \(reference.count)")
        for source in sources.dropFirst() {
            let scheme = String(source.prefix { $0 != ":" })
            let other: [String: ResultTable]
            let started = ContinuousClock.now
            defer { print("\(scheme): \(ContinuousClock.now - started)") }
            do {
                other = try await results(of: source, in: data.folder)
            } catch let failure as BuildFailure {
                Issue.record("\(scheme): \(failure.diagnostics.map(\.description))")
                continue
            }
            #expect(other.keys.sorted() == reference.keys.sorted(), "\(scheme): the same queries")
            var differences: [String] = []
            for (key, expected) in reference.sorted(by: { $0.key < $1.key }) {
                guard let actual = other[key] else { continue }
                if let difference = SixSourcesTests.difference(expected, actual) { differences.append("\(key): \(difference)") }
            }
            let summary = "\(differences.count) results differ, first: \(differences.prefix(3))"
            #expect(differences.isEmpty, "\(scheme): \(summary)")
        }
    }

    /// Every query result of the demo reports (pages, templated pages, input variants) on `source`, by page and query.
    private func results(of source: String, in folder: TemporaryDirectory) async throws -> [String: ResultTable] {
        try? FileManager.default.removeItem(atPath: folder.path("reports"))
        try FileManager.default.copyItem(atPath: SixSourcesTests.repository + "/reports", toPath: folder.path("reports"))
        // The demo project's bi.yml (its semantic layer defines "net revenue"), on this source.
        let config = try String(contentsOfFile: SixSourcesTests.repository + "/bi.yml", encoding: .utf8)
            .replacingOccurrences(of: "url: sqlite:data/demo.db", with: "url: \(source)")
            .replacingOccurrences(of: "demo_data: 200000", with: "")
        try config.write(toFile: folder.path("bi.yml"), atomically: true, encoding: .utf8)
        var options = BuildOptions(asOf: Day(iso: "2025-12-31"))
        options.useCache = false
        let pipeline = BuildPipeline(steps: [.parseReports, .listPages, .compileQuestions, .planQueries, .runQueries, .computeInputVariants])
        let context = try await pipeline.run(BuildContext(project: Project.load(directory: folder.path), options: options))
        var all: [String: ResultTable] = [:]
        for (key, table) in context.results { all[key.page + " " + key.name] = table }
        for (page, variants) in context.variants {
            for (selection, tables) in variants { for (name, table) in tables { all[page + "?" + selection.id + " " + name] = table } }
        }
        return all
    }

    /// Nil when equal: same columns and rows, text and integers exactly, reals within the tolerance.
    static func difference(_ expected: ResultTable, _ actual: ResultTable) -> String? {
        guard expected.columns.map(\.name) == actual.columns.map(\.name) else { return "columns \(actual.columns.map(\.name))" }
        guard expected.rowCount == actual.rowCount else { return "\(actual.rowCount) rows, not \(expected.rowCount)" }
        for (index, (want, got)) in zip(expected.cells, actual.cells).enumerated() {
            if want == got { continue }
            if let a = want.number, let b = got.number, abs(a - b) <= relativeTolerance * Swift.max(abs(a), abs(b)) { continue }
            return "row \(index / expected.columns.count) column \(expected.columns[index % expected.columns.count].name): \(got) instead of \(want)"
        }
        return nil
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
}
