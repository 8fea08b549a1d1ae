import BICore
import Foundation
import NIOCore
import Pipeline
import Reports
import Site
import State

/// The site as the server serves it: the pages and assets of the last good build, and the
/// diagnostics of the latest build if it failed (shown to editors over the last good pages).
struct SiteSnapshot: Sendable {
    struct Page: Sendable {
        /// The report behind the page; nil for the generated home page.
        var report: Report?
        /// The HTML as built, with the live-reload script added.
        var html: String
        /// The same, ready to send.
        var bytes: ByteBuffer
        var values: PageValues
    }

    var generation: Int
    var pages: [String: Page]
    var assets: [String: [UInt8]]
    var theme: Theme?
    var siteTitle: String
    /// Diagnostics of the latest build, when it failed.
    var failure: [Diagnostic]
    /// Every report of the build, by path.
    var reports: [Report]

    static func empty(siteTitle: String) -> SiteSnapshot {
        SiteSnapshot(generation: 0, pages: [:], assets: [:], theme: nil, siteTitle: siteTitle, failure: [], reports: [])
    }

    /// Adds the live-reload script to a page (pages work without it).
    static func withLiveReload(_ html: String) -> String {
        guard let head = html.range(of: "</head>") else { return html }
        return html.replacingCharacters(in: head, with: "<script src=\"/_bi/live.js\" defer></script>\n</head>")
    }

    /// Output paths whose HTML differs between `self` and `other`, sorted.
    func changedPaths(since other: SiteSnapshot) -> [String] {
        Set(pages.keys).union(other.pages.keys).filter { pages[$0]?.html != other.pages[$0]?.html }.sorted()
    }

    /// Builds a snapshot from a finished build.
    static func from(_ context: BuildContext, theme: Theme, generation: Int) -> SiteSnapshot {
        let reportsByPage = Dictionary(SiteMap(reports: context.reports).pages.map { ($0.outputPath, $0.report) }, uniquingKeysWith: { a, _ in a })
        var pages: [String: Page] = [:]
        for (path, html) in context.pages {
            guard let values = context.pageValues[path] else { continue }
            let live = withLiveReload(html)
            pages[path] = Page(report: reportsByPage[path], html: live, bytes: ByteBuffer(string: live), values: values)
        }
        return SiteSnapshot(generation: generation, pages: pages,
                            assets: Dictionary(theme.assets.map { ($0.path, $0.bytes) }, uniquingKeysWith: { a, _ in a }),
                            theme: theme, siteTitle: context.project.config.title, failure: [],
                            reports: context.reports.sorted { $0.path < $1.path })
    }
}

/// Who may read what. Viewers read reports without `access:`, or whose `access:` names their role
/// or one of their groups, and no drafts; editors and admins read everything.
enum ReportAccess {
    static func canRead(_ report: Report?, user: User) -> Bool {
        guard let report else { return true }
        if user.role.includes(.editor) { return true }
        if report.frontMatter.draft { return false }
        guard let access = report.frontMatter.access, !access.isEmpty else { return true }
        return !user.accessNames.isDisjoint(with: access)
    }
}
