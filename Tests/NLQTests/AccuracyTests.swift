import BICore
import Connectors
import Foundation
import NLQ
import Testing

/// Execution accuracy of the engine on the question sets in Questions/: each question is compiled,
/// run, and its rows compared with those of the gold SQL; questions marked `refuse` must be declined.
@Suite(.serialized)
struct AccuracyTests {
    /// The score this engine reaches; a change that lowers it fails here.
    static let minimumScore = 0.996

    @Test func questionSetsScoreAtLeastTheRecordedAccuracy() async throws {
        var passed = 0, total = 0
        var report: [String] = []
        for (file, set) in try QuestionSet.all() {
            let connector = try SQLiteConnector(path: try FixtureDatabases.path(for: set.schema))
            let schema = try QuestionEngine.schema(of: connector)
            let engine = QuestionEngine()
            var setPassed = 0
            for item in set.questions {
                total += 1
                let today = Day(iso: item.today ?? set.today)!
                let outcome = evaluate(item, engine: engine, schema: schema, connector: connector, today: today)
                if outcome == nil {
                    passed += 1
                    setPassed += 1
                } else {
                    report.append("✗ [\(file)] \(item.q)\n    \(outcome!)")
                }
            }
            report.append("\(file): \(setPassed)/\(set.questions.count)")
        }
        let score = Double(passed) / Double(max(total, 1))
        print(report.joined(separator: "\n"))
        print("NLQ execution accuracy: \(passed)/\(total) = \(String(format: "%.1f", score * 100))%")
        #expect(total >= 150)
        #expect(score >= Self.minimumScore)
    }

    /// Nil when the engine got it right, else what went wrong.
    private func evaluate(_ item: QuestionSet.Case, engine: QuestionEngine, schema: Schema, connector: SQLiteConnector, today: Day) -> String? {
        let compiled: CompiledQuestion
        do {
            compiled = try engine.compile(item.q, schema: schema, dialect: .sqlite, today: today)
        } catch let refusal as QuestionRefusal {
            return item.refuse == true ? nil : "declined: \(refusal.reason)"
        } catch {
            return "error: \(error)"
        }
        if item.refuse == true { return "answered instead of declining: \(compiled.interpretation)" }
        guard let gold = item.sql else { return "no gold SQL" }
        do {
            let actual = try connector.collect(compiled.sql.bound(today: today))
            let expected = try connector.collect(BoundSQL(gold))
            if ResultComparison.matches(actual, expected, ordered: item.ordered ?? false) { return nil }
            return "wrong rows: \(compiled.interpretation)\n    sql: \(compiled.sql.text) \(compiled.sql.parameters)\n    got \(preview(actual)); want \(preview(expected))"
        } catch {
            return "failed to run: \(error)\n    sql: \(compiled.sql.text)"
        }
    }

    private func preview(_ table: ResultTable) -> String {
        let rows = (0..<min(3, table.rowCount)).map { "(" + table.row($0).map(\.text).joined(separator: ", ") + ")" }
        return "\(table.rowCount) rows × \(table.columns.count) " + rows.joined(separator: " ")
    }
}
