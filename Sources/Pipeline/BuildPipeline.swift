import BICore

/// Runs build steps in order, printing `[i/n] step` lines, and turns any user-facing error
/// into a ``BuildFailure`` that names the step.
///
/// ```swift
/// let context = try await BuildPipeline.build.run(BuildContext(project: project, options: options))
/// ```
public struct BuildPipeline: Sendable {
    public var steps: [BuildStep]

    public init(steps: [BuildStep]) { self.steps = steps }

    /// Everything `bi build` does: data, queries, pages, and the swap into the output folder.
    public static let build = BuildPipeline(steps: [
        .prepareDemoData, .parseReports, .listPages, .compileQuestions, .planQueries, .runQueries, .computeInputVariants, .renderPages,
        .writePDFs, .writeOutput, .writeLock,
    ])

    /// Everything `bi build` validates, writing no output (a missing demo database is still made).
    public static let check = BuildPipeline(steps: [
        .prepareDemoData, .parseReports, .listPages, .compileQuestions, .planQueries, .runQueries, .computeInputVariants, .renderPages,
        .checkLock,
    ])

    /// What `bi serve` builds into memory: everything `bi build` does but writing the site (it keeps
    /// `bi.lock` up to date, so a question asked while previewing is pinned for the commit).
    public static let serve = BuildPipeline(steps: [
        .prepareDemoData, .parseReports, .listPages, .compileQuestions, .planQueries, .runQueries, .computeInputVariants, .renderPages,
        .writeLock,
    ])

    /// Runs the steps. Errors a step records let the later steps go on with what did work, so all
    /// problems are reported at once; a step that writes never runs after an error.
    public func run(_ context: BuildContext, progress: any ProgressReporter = SilentProgress()) async throws -> BuildContext {
        var context = context
        var failedStep: String?
        for (index, step) in steps.enumerated() {
            if step.needsNoErrors, context.hasErrors { break }
            progress.step(index + 1, of: steps.count, step.name)
            let started = ContinuousClock.now
            defer {
                let elapsed = (ContinuousClock.now - started).components
                context.stepTimes.append((step.name, Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18))
            }
            do {
                try await step.body(&context)
            } catch let error as any DiagnosticConvertible {
                context.diagnostics.report(error)
                throw BuildFailure(step: step.name, diagnostics: context.diagnostics.diagnostics)
            }
            if context.hasErrors, failedStep == nil { failedStep = step.name }
        }
        if let failedStep { throw BuildFailure(step: failedStep, diagnostics: context.diagnostics.diagnostics) }
        return context
    }
}
