import BICore
import Foundation
import Yams

/// A file of test questions over one fixture schema: each with the SQL that answers it (the gold),
/// or marked as one the engine must decline.
struct QuestionSet: Decodable {
    struct Case: Decodable {
        var q: String
        /// SQL whose result rows are the right answer.
        var sql: String?
        /// The engine must decline this question.
        var refuse: Bool?
        /// Row order matters (rankings, time series).
        var ordered: Bool?
        /// Overrides the set's day.
        var today: String?
    }

    var schema: String
    var today: String
    var questions: [Case]

    /// Every `*.yml` file in the Questions folder, in name order.
    static func all() throws -> [(file: String, set: QuestionSet)] {
        guard let folder = Bundle.module.url(forResource: "Questions", withExtension: nil) else { return [] }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yml") }.sorted()
        return try files.map { file in
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            return (file, try YAMLDecoder().decode(QuestionSet.self, from: text))
        }
    }
}
