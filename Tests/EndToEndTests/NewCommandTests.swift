import Foundation
import Testing
import TestSupport
import Yams

/// `bi new` writes a project that builds, with a working pre-commit hook and a CI workflow.
struct NewCommandTests {
    @Test func aNewProjectChecksBuildsAndGuardsCommits() throws {
        let folder = try TemporaryDirectory("smartbi-new")
        let project = folder.path("analytics")
        let created = try BIProcess.run(["new", project])
        #expect(created.status == 0, "\(created.errors)")
        for file in ["bi.yml", "reports/sales.md", ".gitignore", ".githooks/pre-commit", ".github/workflows/smartbi.yml"] {
            #expect(folder.exists("analytics/" + file), "\(file)")
        }
        #expect(FileManager.default.isExecutableFile(atPath: project + "/.githooks/pre-commit"))

        // The workflow is valid YAML with the two jobs.
        let workflow = try Yams.load(yaml: try folder.read("analytics/.github/workflows/smartbi.yml")) as? [String: Any]
        let jobs = workflow?["jobs"] as? [String: Any]
        #expect(jobs.map { Set($0.keys) } == ["check", "publish"])

        // The hook is enabled and runs bi check: a broken report stops the commit, a good one passes.
        #expect(try BIProcess.git(["config", "core.hooksPath"], in: project).output == ".githooks\n")
        try folder.write("<BarChrt data=x />\n", to: "analytics/reports/broken.md")
        _ = try BIProcess.git(["add", "-A"], in: project)
        let refused = try BIProcess.git(["commit", "-q", "-m", "broken"], in: project)
        #expect(refused.status != 0)
        #expect(refused.errors.contains("reports/broken.md:1:1: error: unknown component <BarChrt>"))
        try FileManager.default.removeItem(atPath: project + "/reports/broken.md")
        _ = try BIProcess.git(["add", "-A"], in: project)
        let accepted = try BIProcess.git(["commit", "-q", "-m", "first report"], in: project)
        #expect(accepted.status == 0, "\(accepted.errors)")

        // A second `bi new` into the same folder overwrites nothing.
        #expect(try BIProcess.run(["new", project]).status == 1)
    }
}
