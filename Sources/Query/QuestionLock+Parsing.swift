import BICore
import Reports

extension QuestionLock {
    /// Reads the text of a `bi.lock`.
    /// - Throws: a `Diagnostic` at the place in the file that is not what `bi build` writes.
    public init(parsing text: String, file: String = QuestionLock.fileName) throws {
        let map = try YAMLMapping(parsing: text, file: file)
        var entries: [String: Entry] = [:]
        let questions = try map.mapping("questions")
        for key in questions?.keys ?? [] {
            guard let questions, let entry = try questions.mapping(key) else {
                throw Diagnostic(at: questions?.location(of: key), "bi.lock entry '\(key)' is not a mapping", hint: QuestionLock.rewriteHint)
            }
            func field(_ name: String) throws -> String {
                guard let value = try entry.string(name) else {
                    throw Diagnostic(at: questions.location(of: key), "bi.lock entry '\(key)' has no '\(name)'", hint: QuestionLock.rewriteHint)
                }
                return value
            }
            var parameters: [SQLTemplate.Parameter] = []
            for text in try entry.strings("parameters") ?? [] {
                guard let parameter = SQLTemplate.Parameter(parsing: text) else {
                    throw Diagnostic(at: entry.valueLocation(of: "parameters"), "bi.lock has an unreadable parameter '\(text)'", hint: QuestionLock.rewriteHint)
                }
                parameters.append(parameter)
            }
            guard let chart = SuggestedChart(rawValue: try field("chart")) else {
                throw Diagnostic(at: entry.valueLocation(of: "chart"), "bi.lock has an unknown chart type", hint: QuestionLock.rewriteHint)
            }
            entries[key] = Entry(question: try field("question"), source: try field("source"), engine: try field("engine"),
                                 hash: try field("hash"), chart: chart, sql: SQLTemplate(try field("sql"), parameters: parameters))
        }
        self.init(entries: entries)
    }

    static let rewriteHint = "bi.lock is written by `bi build`; delete it (or run `bi build --refresh-questions`) to write it again"
}
