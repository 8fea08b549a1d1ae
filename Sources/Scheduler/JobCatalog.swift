import BICore
import Pipeline
import Reports

/// Every job of a project: `schedules:` in `bi.yml`, and `schedule:` and `alert:` in the front
/// matter of its reports. Read again on every pass, so edits take effect without a restart. A
/// project's demo database is made here, once, before any run builds against it.
public enum JobCatalog {
    /// - Throws: ``BuildFailure`` when a report's front matter is broken, ``DiagnosticList`` when a
    ///   schedule names a report that does not exist.
    public static func jobs(in project: Project) async throws -> [ScheduledJob] {
        let parsed = try await BuildPipeline(steps: [.prepareDemoData, .parseReports]).run(BuildContext(project: project, options: BuildOptions()))
        let zone = project.config.timezone
        var jobs = project.config.schedules.map { ScheduledJob(settings: $0, kind: .report, projectZone: zone) }
        for report in parsed.reports {
            if let schedule = report.frontMatter.schedule { jobs.append(ScheduledJob(settings: schedule, kind: .report, projectZone: zone)) }
            if let alert = report.frontMatter.alert { jobs.append(ScheduledJob(settings: alert.schedule, kind: .alert(alert), projectZone: zone)) }
        }
        let reportPaths = Set(parsed.reportFiles)
        let missing = jobs.filter { !reportPaths.contains($0.settings.report) }
        if !missing.isEmpty {
            throw DiagnosticList(missing.map {
                Diagnostic(at: $0.settings.location, "schedule '\($0.name)' names \($0.settings.report), which does not exist",
                           hint: "name a file in reports/, e.g. report: reports/sales.md")
            })
        }
        return jobs.sorted { $0.name < $1.name }
    }
}
