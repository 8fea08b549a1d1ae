import ArgumentParser
import BICore
import Foundation
import Pipeline
import State

/// `--state PATH` and `--project DIR`, shared by `bi serve`, `bi users` and `bi schedule`.
struct StateOptions: ParsableArguments {
    @Option(name: .long, help: "The project folder (holding bi.yml).")
    var project: String = "."

    @Option(name: .long, help: "The state database (users, sessions, audit log, run history). Default: `state:` in bi.yml, else .bi/state.sqlite.")
    var state: String?

    /// The project, when the folder has a `bi.yml`.
    func loadProject() throws -> Project? {
        guard FileManager.default.fileExists(atPath: Project.join(project, "bi.yml")) else { return nil }
        return try ProjectOptions.load(project)
    }

    /// Opens the state store: `--state` (relative to the current folder), else the project's setting.
    func openStore(project loaded: Project?) throws -> any StateStore {
        do {
            if let state { return try StateLocation.open(state, projectDirectory: ".") }
            return try StateLocation.open(loaded?.config.state ?? StateLocation.defaultLocation, projectDirectory: project)
        } catch let error as StateError {
            Console.error("error: \(error.description)")
            throw ExitCode.failure
        }
    }

    /// Opens the scheduler's run history in the same database (SQLite or PostgreSQL).
    func openRunStore(project loaded: Project?) throws -> ScheduleRunStore {
        do {
            if let state { return try ScheduleRunStore.open(state, projectDirectory: ".") }
            return try ScheduleRunStore.open(loaded?.config.state ?? StateLocation.defaultLocation, projectDirectory: project)
        } catch let error as StateError {
            Console.error("error: \(error.description)")
            throw ExitCode.failure
        }
    }
}
