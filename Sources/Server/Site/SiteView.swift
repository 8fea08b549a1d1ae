import Foundation
import NIOCore
import Reports
import Site
import State

/// Renders pages for one reader: the sidebar and the generated home page list only the reports the
/// reader may read. Readers who may read everything get the pages as built; the others get pages
/// re-rendered with their own navigation, cached per set of readable pages.
final class SiteView: @unchecked Sendable {
    private let lock = NSLock()
    private var cacheGeneration = -1
    private var cache: [String: String] = [:]   // "readable-set|path" → HTML

    /// What a reader gets for a page.
    enum Outcome {
        case page(ByteBuffer)
        /// The page exists but the reader may not read it.
        case denied
        case missing
    }

    /// The HTML of `path` for `user`.
    func page(_ path: String, in snapshot: SiteSnapshot, user: User) -> Outcome {
        guard let page = snapshot.pages[path] else { return .missing }
        guard ReportAccess.canRead(page.report, user: user) else { return .denied }
        if user.role.includes(.editor) { return .page(page.bytes) }
        let readable = snapshot.reports.filter { ReportAccess.canRead($0, user: user) }
        if readable.count == snapshot.reports.count { return .page(page.bytes) }
        return .page(ByteBuffer(string: html(page, path: path, readable: readable, in: snapshot)))
    }

    private func html(_ page: SiteSnapshot.Page, path: String, readable: [Report], in snapshot: SiteSnapshot) -> String {
        guard let theme = snapshot.theme else { return page.html }
        let key = readable.map(\.path).joined(separator: ",") + "|" + path
        if let cached = lock.withLock({ cacheGeneration == snapshot.generation ? cache[key] : nil }) { return cached }

        let siteMap = SiteMap(reports: readable)
        var values = page.values
        let current = siteMap.pages.first { $0.outputPath == path }
        values.navigation = siteMap.navigationHTML(current: current)
        if page.report == nil, path == "index.html" { values.content = HomePage(siteMap: siteMap).html }
        let html = SiteSnapshot.withLiveReload(theme.render(values))
        lock.withLock {
            if cacheGeneration != snapshot.generation { cache = [:]; cacheGeneration = snapshot.generation }
            cache[key] = html
        }
        return html
    }
}
