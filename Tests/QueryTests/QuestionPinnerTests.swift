import BICore
import Connectors
import Foundation
import Query
import Reports
import Synchronization
import Testing
import TestSupport

/// Pinning: questions compile once and are reused from bi.lock until the question or the schema changes.
@Suite(.serialized)
struct QuestionPinnerTests {
    /// A compiler that records what it compiles and answers with the question as SQL text.
    final class RecordingCompiler: QuestionCompiler {
        let fingerprint = Mutex("schema-1")
        let compiled = Mutex<[String]>([])

        func fingerprint(of source: QuestionSource) async throws -> String { fingerprint.withLock { $0 } }

        func compile(_ question: String, on source: QuestionSource, today: Day) async throws -> CompiledQuestion {
            guard !question.contains("flurb") else {
                throw Diagnostic(at: nil, "cannot answer \"\(question)\": I do not know the word 'flurb'", hint: "try \"total revenue\"")
            }
            compiled.withLock { $0.append(question) }
            return CompiledQuestion(sql: SQLTemplate("SELECT '\(question)'"), interpretation: question, chart: .value, engine: "recording")
        }
    }

    let folder: TemporaryDirectory
    let sources: SourceRegistry

    init() throws {
        folder = try TemporaryDirectory("smartbi-pinner")
        try FixtureDatabase.create(at: folder.path("shop.db"))
        let config = ProjectConfig(title: "t", defaultSource: "shop",
                                   sources: [SourceConfig(name: "shop", url: "sqlite:shop.db", location: SourceLocation(file: "bi.yml", line: 3, column: 3))])
        sources = SourceRegistry(config: config, projectDirectory: folder.path)
    }

    func report(_ question: String) throws -> Report {
        let text = try ReportParser(catalog: ComponentCatalog([])).parse("# Q\n\n```ask revenue\n\(question)\n```\n", path: "reports/q.md")
        return text
    }

    @Test func compilesOnceThenReusesThePinnedSQL() async throws {
        let compiler = RecordingCompiler()
        let pinner = QuestionPinner(compiler: compiler, sources: sources, today: Day(iso: "2025-12-15")!)
        let (first, problems) = await pinner.pin([try report("total revenue")], lock: QuestionLock())
        #expect(problems.isEmpty)
        #expect(first.entries["reports/q.md#revenue"]?.sql.text == "SELECT 'total revenue'")
        let (second, _) = await pinner.pin([try report("total  revenue")], lock: first)
        #expect(second == first)
        #expect(compiler.compiled.withLock { $0 } == ["total revenue"])
    }

    @Test func aNewQuestionANewSchemaOrARefreshCompilesAgain() async throws {
        let compiler = RecordingCompiler()
        var pinner = QuestionPinner(compiler: compiler, sources: sources, today: Day(iso: "2025-12-15")!)
        let (lock, _) = await pinner.pin([try report("total revenue")], lock: QuestionLock())
        _ = await pinner.pin([try report("revenue by region")], lock: lock)
        compiler.fingerprint.withLock { $0 = "schema-2" }
        _ = await pinner.pin([try report("total revenue")], lock: lock)
        pinner.refresh = true
        compiler.fingerprint.withLock { $0 = "schema-1" }
        _ = await pinner.pin([try report("total revenue")], lock: lock)
        #expect(compiler.compiled.withLock { $0 } == ["total revenue", "revenue by region", "total revenue", "total revenue"])
    }

    @Test func aDeclinedQuestionIsAnErrorAtTheQuestion() async throws {
        let pinner = QuestionPinner(compiler: RecordingCompiler(), sources: sources, today: Day(iso: "2025-12-15")!)
        let (lock, problems) = await pinner.pin([try report("flurb by region")], lock: QuestionLock())
        #expect(lock.entries.isEmpty)
        #expect(problems.map(\.description) == ["""
            reports/q.md:4:1: error: cannot answer "flurb by region": I do not know the word 'flurb'
              hint: try "total revenue"
            """])
    }

    @Test func plannedQuestionsBindTheirDaysForTheBuildsDay() async throws {
        let pinned = QuestionLock(entries: ["reports/q.md#revenue": QuestionLock.Entry(
            question: "q", source: "shop", engine: "e", hash: "h", chart: .value,
            sql: SQLTemplate("SELECT ?", parameters: [.day(DayExpression(parsing: "month-1m")!)]))])
        var diagnostics = DiagnosticCollector()
        let planned = QueryPlanner(questions: pinned, today: Day(iso: "2025-03-31")!).plan(try report("q"), page: "q.html", diagnostics: &diagnostics)
        #expect(planned.map(\.sql) == [BoundSQL("SELECT ?", parameters: [.text("2025-02-01")])])
    }
}
