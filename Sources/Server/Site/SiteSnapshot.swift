import BICore
import Foundation
import NIOCore
import Pipeline
import Reports
import Site
import State

/// The site as the server serves it: the pages and files of the last good build, and the
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

    /// A theme asset (no report: everybody may read it) or a file a page generated (a download).
    struct File: Sendable {
        var report: Report?
        var bytes: ByteBuffer
    }

    var generation: Int
    var pages: [String: Page]
    var files: [String: File]
    /// Every page's search-index entry; each reader gets those of the pages they may read.
    var search: [SearchIndex.Entry]
    var theme: Theme?
    var siteMap: SiteMap
    var siteTitle: String
    /// Diagnostics of the latest build, when it failed.
    var failure: [Diagnostic]
    /// Every report of the build.
    var reports: [Report]

    static func empty(siteTitle: String) -> SiteSnapshot {
        SiteSnapshot(generation: 0, pages: [:], files: [:], search: [], theme: nil, siteMap: SiteMap(pages: []),
                     siteTitle: siteTitle, failure: [], reports: [])
    }

    /// Adds the live-reload script to a page (pages work without it).
    static func withLiveReload(_ html: String) -> String {
        guard let head = html.utf8.firstRange(of: "</head>".utf8) else { return html }
        return String(html[..<head.lowerBound]) + "<script src=\"/_bi/live.js\" defer></script>\n" + String(html[head.lowerBound...])
    }

    /// Output paths whose HTML differs between `self` and `other`, sorted.
    func changedPaths(since other: SiteSnapshot) -> [String] {
        Set(pages.keys).union(other.pages.keys).filter { pages[$0]?.html != other.pages[$0]?.html }.sorted()
    }

    /// Builds a snapshot from a finished build.
    static func from(_ context: BuildContext, generation: Int) -> SiteSnapshot {
        let reportsByPage = Dictionary(context.siteMap.pages.map { ($0.outputPath, $0.report) }, uniquingKeysWith: { a, _ in a })
        var pages: [String: Page] = [:]
        var files: [String: File] = [:]
        for asset in context.theme?.assets ?? [] { files[asset.path] = File(report: nil, bytes: ByteBuffer(bytes: asset.bytes)) }
        for (path, html) in context.pages {
            guard let rendered = context.rendered[path] else { continue }
            let live = withLiveReload(html)
            pages[path] = Page(report: reportsByPage[path], html: live, bytes: ByteBuffer(string: live), values: rendered.values)
            for (file, bytes) in rendered.files where files[file] == nil {
                files[file] = File(report: reportsByPage[path], bytes: ByteBuffer(bytes: bytes))
            }
        }
        var reports: [String: Report] = [:]
        for page in context.siteMap.pages { reports[page.report.path] = page.report }
        return SiteSnapshot(generation: generation, pages: pages, files: files,
                            search: context.rendered.values.compactMap(\.search), theme: context.theme, siteMap: context.siteMap,
                            siteTitle: context.project.config.title, failure: [],
                            reports: reports.values.sorted { $0.path < $1.path })
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
