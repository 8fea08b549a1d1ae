import ArgumentParser
import BICore
import Foundation
import Pipeline

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the static site.",
        discussion: "On failure, prints file:line:col diagnostics and leaves the previous output as it was.")

    @OptionGroup var project: ProjectOptions
    @Option(help: "Output folder (default: output/ inside the project).") var out: String?
    @Option(help: "Fix today's date for relative periods (YYYY-MM-DD).") var asOf: Day?
    @Flag(help: "Compile every plain-English question again instead of reusing the SQL pinned in bi.lock.") var refreshQuestions = false

    func run() async throws {
        let started = ContinuousClock.now
        let project = try project.load()
        let output = out ?? project.path("output")
        let options = BuildOptions(outputDirectory: output, asOf: asOf, refreshQuestions: refreshQuestions)
        let context = try await Pipelines.run(.build, project: project, options: options)
        let seconds = (ContinuousClock.now - started).seconds
        Console.error("Built \(context.pages.count) pages into \(output)/ in \(NumberFormat.trimmed(seconds, maxDecimals: 2)) s")
    }
}

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate the project as a build would, writing nothing.",
        discussion: "Prints file:line:col: error|warning: message lines; exits 1 when there are errors.")

    @OptionGroup var project: ProjectOptions
    @Option(help: "Fix today's date for relative periods (YYYY-MM-DD).") var asOf: Day?

    func run() async throws {
        let project = try project.load()
        let context = try await Pipelines.run(.check, project: project, options: BuildOptions(asOf: asOf))
        Console.error("No errors in \(context.reports.count) reports.")
    }
}

/// Runs a pipeline, printing warnings, and on failure the diagnostics, then exits 1.
enum Pipelines {
    static func run(_ pipeline: BuildPipeline, project: Project, options: BuildOptions) async throws -> BuildContext {
        do {
            let context = try await pipeline.run(BuildContext(project: project, options: options), progress: Console.progress)
            Console.print(context.warnings)
            return context
        } catch let failure as BuildFailure {
            Console.print(failure.diagnostics)
            let errors = failure.diagnostics.filter { $0.severity == .error }.count
            Console.error("\(errors) error\(errors == 1 ? "" : "s") in step '\(failure.step)'; no output was changed.")
            throw ExitCode.failure
        }
    }
}
