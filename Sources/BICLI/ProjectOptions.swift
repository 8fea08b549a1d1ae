import ArgumentParser
import BICore
import Pipeline

/// `--project DIR`, shared by the commands that work on a project.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: "The project folder (holding bi.yml and reports/).")
    var project: String = "."

    func load() throws -> Project { try ProjectOptions.load(project) }

    /// Reads the project in `directory`, printing its diagnostics and exiting 1 when it is broken.
    static func load(_ directory: String) throws -> Project {
        do {
            return try Project.load(directory: directory)
        } catch let error as any DiagnosticConvertible {
            Console.print(error.diagnostics)
            throw ExitCode.failure
        }
    }
}

extension Day: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}
