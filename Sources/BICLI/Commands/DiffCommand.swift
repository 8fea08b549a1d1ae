import ArgumentParser
import BICore
import Foundation
import Pipeline
import Review

struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed in SQL and numbers between two git revisions.",
        discussion: """
            Builds both revisions in temporary worktrees (the working copy is never touched), runs their \
            queries and compares them page by page: changed SQL, rows added and removed, values and totals \
            that moved beyond --tolerance, pages added and removed. Without HEAD, the working copy is compared. \
            --format markdown writes a summary for a pull-request comment.
            """)

    @Argument(help: "The revision to compare from (a branch, tag or commit).") var base: String
    @Argument(help: "The revision to compare to (default: the working copy).") var head: String?
    @OptionGroup var project: ProjectOptions
    @Option(help: "Output format.") var format: DiffFormatter.Style = .text
    @Option(help: "Relative change below which numbers count as equal.") var tolerance = 1e-9
    @Option(help: "Fix today's date for relative periods (YYYY-MM-DD).") var asOf: Day?

    func run() async throws {
        do {
            let directory = project.project
            let baseTree = try GitWorktree(revision: base, repositoryOf: directory)
            let headTree = try head.map { try GitWorktree(revision: $0, repositoryOf: directory) }
            let before = try await snapshot(of: baseTree.project(matching: directory), dataIn: directory)
            let after = try await snapshot(of: headTree?.project(matching: directory) ?? directory, dataIn: directory)
            let diff = RevisionDiff(before: before, after: after, tolerance: tolerance)
            let headName = head.map { GitWorktree.describe($0, in: directory) } ?? "working copy"
            Console.output(DiffFormatter(style: format).format(diff, base: GitWorktree.describe(base, in: directory), head: headName))
        } catch let error as any DiagnosticConvertible {
            Console.print(error.diagnostics)
            throw ExitCode.failure
        }
    }

    private func snapshot(of directory: String, dataIn dataDirectory: String) async throws -> RevisionSnapshot {
        let project = try Project.load(directory: directory)
        let options = BuildOptions(asOf: asOf, sourceDirectory: dataDirectory)
        do {
            return RevisionSnapshot(try await RevisionSnapshot.pipeline.run(BuildContext(project: project, options: options)))
        } catch let failure as BuildFailure {
            throw DiagnosticList(failure.diagnostics)
        }
    }
}

extension DiffFormatter.Style: ExpressibleByArgument {}
