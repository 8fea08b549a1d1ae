import BICore
import Foundation
import Query
import Reports

extension BuildStep {
    /// Compiles every report's ```` ```ask ```` blocks into SQL, reusing `bi.lock` while questions and
    /// schemas are unchanged. A question the engine declines is an error at the question.
    public static let compileQuestions = BuildStep(name: "Compile questions") { context in
        let path = context.project.path(QuestionLock.fileName)
        let existing = try FileManager.default.contents(atPath: path).map { try QuestionLock(parsing: String(decoding: $0, as: UTF8.self)) }
        context.questionsOnDisk = existing
        guard context.reports.contains(where: { $0.queries.contains { $0.kind == .ask } }) || existing != nil else { return }
        let compiler = context.options.questionCompiler
            ?? ProjectQuestionCompiler(config: context.project.config, environment: { ProcessInfo.processInfo.environment[$0] })
        let pinner = QuestionPinner(compiler: compiler, sources: context.sources, refresh: context.options.refreshQuestions, today: context.asOf)
        let (lock, diagnostics) = await pinner.pin(context.reports, lock: existing ?? QuestionLock())
        if !diagnostics.isEmpty { throw DiagnosticList(diagnostics) }
        context.questions = lock
    }

    /// Writes `bi.lock` when the compiled questions differ from the file (and removes it when no question is left).
    public static let writeLock = BuildStep(name: "Write bi.lock", needsNoErrors: true) { context in
        guard context.questions != context.questionsOnDisk else { return }
        let path = context.project.path(QuestionLock.fileName)
        if context.questions.entries.isEmpty {
            try? FileManager.default.removeItem(atPath: path)
        } else {
            try context.questions.text.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    /// For `bi check`: a warning when `bi.lock` is not what a build would write.
    public static let checkLock = BuildStep(name: "Check bi.lock") { context in
        guard context.questions != context.questionsOnDisk, !(context.questions.entries.isEmpty && context.questionsOnDisk == nil) else { return }
        context.diagnostics.report(Diagnostic(.warning, at: SourceLocation(file: QuestionLock.fileName, line: 1, column: 1),
                                              "bi.lock does not match the questions in reports/",
                                              hint: "run `bi build` to compile them and update bi.lock, then commit it"))
    }
}
