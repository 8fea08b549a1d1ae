import BICore
import Foundation
import Reports

/// A SmartBI project on disk: a folder with `bi.yml`, `reports/` and optionally `Templates/`.
public struct Project: Sendable {
    /// The project folder, as given (relative paths stay relative, so messages stay short).
    public let directory: String
    public let config: ProjectConfig
    /// Warnings from reading `bi.yml`.
    public let warnings: [Diagnostic]

    /// Reads `bi.yml` in `directory`.
    public static func load(directory: String) throws -> Project {
        let path = Project.join(directory, "bi.yml")
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic(at: nil, "no bi.yml in '\(directory)'",
                             hint: "run `bi new \(directory == "." ? "my-project" : directory)` to start a project, or pass --project DIR")
        }
        var diagnostics = DiagnosticCollector()
        guard let config = ProjectConfigParser.parse(String(decoding: data, as: UTF8.self), diagnostics: &diagnostics) else {
            throw DiagnosticList(diagnostics.diagnostics)
        }
        return Project(directory: directory, config: config, warnings: diagnostics.diagnostics)
    }

    public init(directory: String, config: ProjectConfig, warnings: [Diagnostic] = []) {
        self.directory = directory
        self.config = config
        self.warnings = warnings
    }

    /// `path` inside the project folder.
    public func path(_ relative: String) -> String { Project.join(directory, relative) }

    public static func join(_ base: String, _ path: String) -> String {
        if path.hasPrefix("/") || base.isEmpty || base == "." { return path }
        return base.hasSuffix("/") ? base + path : base + "/" + path
    }
}
