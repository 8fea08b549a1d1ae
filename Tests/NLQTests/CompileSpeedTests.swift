import BICore
import Connectors
import Foundation
import NLQ
import Testing

/// Compile time on a real-size database, run by `scripts/nlq-benchmark` (which sets NLQ_BENCH_DB);
/// skipped otherwise, so the suite stays fast.
struct CompileSpeedTests {
    static let database = ProcessInfo.processInfo.environment["NLQ_BENCH_DB"]

    @Test(.enabled(if: database != nil)) func medianCompileTimeIsUnderTwentyMilliseconds() throws {
        let connector = try SQLiteConnector(path: Self.database!)
        let clock = ContinuousClock()
        var schema: Schema?
        let introspection = try clock.measure { schema = try QuestionEngine.schema(of: connector) }
        let questions = try QuestionSet.all().filter { $0.set.schema == "demo" }.flatMap(\.set.questions).map(\.q)
        let engine = QuestionEngine()
        let today = Day(iso: "2025-12-31")!
        let first = clock.measure { _ = try? engine.compile(questions[0], schema: schema!, dialect: .sqlite, today: today) }
        var times: [Duration] = []
        for _ in 0..<5 {
            for question in questions {
                times.append(clock.measure { _ = try? engine.compile(question, schema: schema!, dialect: .sqlite, today: today) })
            }
        }
        times.sort()
        let median = times[times.count / 2], p90 = times[times.count * 9 / 10], worst = times[times.count - 1]
        print("NLQ compile on \(Self.database!): \(questions.count) questions × 5, median \(median), p90 \(p90), max \(worst); "
              + "first compile with lexicon build \(first); schema introspection \(introspection)")
        #expect(median < .milliseconds(20))
    }
}
