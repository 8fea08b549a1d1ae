import ArgumentParser
import BICore
import Foundation
import Pipeline
import Query

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the static site.",
        discussion: "On failure, prints file:line:col diagnostics and leaves the previous output as it was.")

    @OptionGroup var project: ProjectOptions
    @Option(help: "Output folder (default: output/ inside the project).") var out: String?
    @Option(help: "Fix today's date for relative periods (YYYY-MM-DD).") var asOf: Day?
    @Flag(help: "Run every query, neither reading nor writing the result cache in .bi/cache/.") var noCache = false
    @Flag(help: "Also write every report as a PDF next to its page (output/REPORT.pdf).") var pdf = false
    @Option(name: .customLong("pdf-bundle"), help: "Write one PDF of all reports in a folder of reports/ (. for all); repeatable.")
    var pdfBundle: [String] = []
    @Flag(help: "Print each step's time as one JSON line on standard output.") var timings = false
    @Flag(help: "Compile every plain-English question again instead of reusing the SQL pinned in bi.lock.") var refreshQuestions = false

    func run() async throws {
        let started = ContinuousClock.now
        let project = try project.load()
        let output = out ?? project.path("output")
        var options = BuildOptions(outputDirectory: output, asOf: asOf)
        options.useCache = !noCache
        options.pdf = pdf
        options.pdfBundles = pdfBundle
        options.refreshQuestions = refreshQuestions
        let context = try await Pipelines.run(.build, project: project, options: options)
        let seconds = (ContinuousClock.now - started).seconds
        let (cached, ran) = context.runner.counts
        Console.error("Built \(context.pages.count) pages into \(output)/ in \(NumberFormat.trimmed(seconds, maxDecimals: 2)) s"
            + " (\(ran) quer\(ran == 1 ? "y" : "ies") run, \(cached) from the cache)")
        if timings {
            let steps = context.stepTimes.map { JSON.string($0.step) + ":" + NumberFormat.trimmed($0.seconds, maxDecimals: 4) }
            Console.output("{\"steps\":{" + steps.joined(separator: ",") + "},\"total_s\":" + NumberFormat.trimmed(seconds, maxDecimals: 4) + "}\n")
        }
    }
}

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the project as a build would, writing nothing.",
        discussion: """
            Checks bi.yml, front matter, every query (prepared by the database, rows not read), every \
            component's columns, loops, conditions, links between reports and templated pages' values. \
            Prints file:line:col: error|warning: message lines (or --format json); exits 1 on errors.
            """)

    @OptionGroup var project: ProjectOptions
    @Option(help: "Fix today's date for relative periods (YYYY-MM-DD).") var asOf: Day?
    @Option(help: "Output format.") var format: CheckFormat = .text

    enum CheckFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func run() async throws {
        let project = try project.load()
        var options = BuildOptions(asOf: asOf)
        options.mode = .check
        var diagnostics: [Diagnostic]
        var reports = 0
        do {
            let context = try await BuildPipeline.check.run(BuildContext(project: project, options: options), progress: Console.progress)
            diagnostics = context.warnings
            reports = context.reports.count
        } catch let failure as BuildFailure {
            diagnostics = failure.diagnostics
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        switch format {
        case .json:
            Console.output(DiagnosticJSON.render(diagnostics) + "\n")
        case .text:
            Console.print(diagnostics)
            Console.error(errors == 0 ? "No errors in \(reports) report\(reports == 1 ? "" : "s")."
                                      : "\(errors) error\(errors == 1 ? "" : "s").")
        }
        if errors > 0 { throw ExitCode.failure }
    }
}

/// `bi check --format json`: `{"errors": N, "warnings": N, "diagnostics": [{file, line, column, severity, message, hint}]}`.
enum DiagnosticJSON {
    static func render(_ diagnostics: [Diagnostic]) -> String {
        let items = diagnostics.map { diagnostic in
            var fields = ["\"severity\":" + JSON.string(diagnostic.severity.rawValue)]
            if let location = diagnostic.location {
                fields = ["\"file\":" + JSON.string(location.file), "\"line\":\(location.line)", "\"column\":\(location.column)"] + fields
            }
            fields.append("\"message\":" + JSON.string(diagnostic.message))
            if let hint = diagnostic.hint { fields.append("\"hint\":" + JSON.string(hint)) }
            return "{" + fields.joined(separator: ",") + "}"
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        return "{\"errors\":\(errors),\"warnings\":\(diagnostics.count - errors),\"diagnostics\":[" + items.joined(separator: ",") + "]}"
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
