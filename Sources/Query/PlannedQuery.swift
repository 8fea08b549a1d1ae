import BICore
import Reports

/// A report query ready to run: its block, the source it runs on and its SQL with bound parameters.
public struct PlannedQuery: Sendable, Hashable {
    /// The page it belongs to (its output path; a templated report has one page per value).
    public var page: String
    public var block: QueryBlock
    /// A source name from `bi.yml` (nil: the default source).
    public var source: String?
    public var sql: BoundSQL
    /// Only check the query and learn its columns, reading no rows (`bi check`).
    public var describeOnly = false
    /// Maps offsets in `sql.text` back to `block.text`, for database errors.
    public var offsets = OffsetMap()

    public var key: QueryKey { QueryKey(page: page, name: block.name) }

    /// What makes two planned queries the same work: the source and the exact bound SQL.
    var work: Work { Work(source: source, sql: sql, describeOnly: describeOnly) }

    struct Work: Hashable {
        var source: String?
        var sql: BoundSQL
        var describeOnly: Bool
    }
}

/// Names one query of one page.
public struct QueryKey: Hashable, Sendable {
    public var page: String
    public var name: String

    public init(page: String, name: String) {
        self.page = page
        self.name = name
    }
}

/// Compiles a report's query blocks into ``PlannedQuery`` values, binding page parameters.
public struct QueryPlanner: Sendable {
    /// The SQL of the reports' questions, as pinned by ``QuestionPinner``.
    public var questions: QuestionLock
    /// The day relative periods in questions resolve against.
    public var today: Day?

    public init(questions: QuestionLock = QuestionLock(), today: Day? = nil) {
        self.questions = questions
        self.today = today
    }

    /// - Parameters:
    ///   - page: the page the results are for (its output path).
    ///   - parameters: values for `:name` placeholders (templated pages).
    ///
    /// A query may read an earlier query of the report by name (`from monthly`); it then runs
    /// with that query's SQL as a common table expression.
    public func plan(_ report: Report, page: String, parameters: [String: Value] = [:],
                     diagnostics: inout DiagnosticCollector) -> [PlannedQuery] {
        var earlier: [(name: String, sql: BoundSQL)] = []
        return report.queries.compactMap { block in
            switch block.kind {
            case .sql:
                do throws(NamedParameters.UnknownParameter) {
                    let (own, ownOffsets) = try NamedParameters.compile(block.text, parameters)
                    let names = QueryReferences.referenced(in: own.text, among: earlier.map(\.name))
                    let (sql, offsets) = QueryReferences.expand(own, offsets: ownOffsets, with: earlier.filter { names.contains($0.name) })
                    // A query named like a table it reads itself (`products` from `products`) leaves
                    // that name to the table, or later queries would read it circularly.
                    if QueryReferences.referenced(in: own.text, among: [block.name]).isEmpty { earlier.append((block.name, sql)) }
                    var query = PlannedQuery(page: page, block: block, source: report.frontMatter.source, sql: sql)
                    query.offsets = offsets
                    return query
                } catch let error {
                    diagnostics.report(Diagnostic(at: block.location(ofOffset: error.offset), "unknown parameter ':\(error.name)'",
                                                  hint: parameters.isEmpty ? "only templated pages (reports/[name].md) have parameters"
                                                                           : "parameters here: \(parameters.keys.sorted().map { ":" + $0 }.joined(separator: ", "))"))
                    return nil
                }
            case .ask:
                guard let entry = questions.entries[QuestionLock.key(report: report.path, query: block.name)], let today else {
                    diagnostics.report(Diagnostic(at: block.textLocation, "question '\(block.name)' has not been compiled",
                                                  hint: "questions are compiled by the build's 'Compile questions' step"))
                    return nil
                }
                return PlannedQuery(page: page, block: block, source: report.frontMatter.source, sql: entry.sql.bound(today: today))
            }
        }
    }
}
