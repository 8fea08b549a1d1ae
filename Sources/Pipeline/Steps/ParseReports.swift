import BICore
import Foundation
import Reports
import Site

extension BuildStep {
    /// Reads every `.md` file under `reports/`, in path order, collecting all their diagnostics.
    public static let parseReports = BuildStep(name: "Parse reports") { context in
        let folder = context.project.path("reports")
        let files = try ReportFiles.list(in: folder)
        let parser = ReportParser(catalog: context.options.components.catalog, files: .project(at: context.project.directory))
        var reports: [Report] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: Project.join(folder, file)) else {
                context.diagnostics.report(Diagnostic(at: nil, "cannot read reports/\(file)"))
                continue
            }
            if let report = parser.parse(String(decoding: data, as: UTF8.self), path: "reports/" + file, diagnostics: &context.diagnostics) {
                reports.append(report)
            }
        }
        context.reports = reports
        context.reportFiles = files.map { "reports/" + $0 }
    }
}

/// Finds report files.
enum ReportFiles {
    /// Paths of the `.md` files under `folder`, relative to it, sorted.
    static func list(in folder: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Diagnostic(at: nil, "no reports/ folder in the project", hint: "reports are Markdown files in reports/, e.g. reports/sales.md")
        }
        var files: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".md"), !path.split(separator: "/").contains(where: { $0.hasPrefix(".") || $0.hasPrefix("_") }) {
                files.append(path)
            }
        }
        return files.sorted()
    }
}
