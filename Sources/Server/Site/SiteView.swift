import Foundation
import NIOCore
import Reports
import Site
import State

/// Renders the site for one reader: the sidebar, the generated home page and the search index list
/// only the pages the reader may read. Readers who may read everything get the site as built; the
/// others get pages re-rendered with their own navigation, cached per set of readable reports.
final class SiteView: @unchecked Sendable {
    private let lock = NSLock()
    private var cacheGeneration = -1
    private var cache: [String: String] = [:]   // "readable-set|path" → HTML or JSON

    /// What a reader gets for a path.
    enum Outcome {
        case page(ByteBuffer)
        case file(ByteBuffer)
        /// The page or file exists but the reader may not read it.
        case denied
        case missing
    }

    /// The page or file at `path`, as `user` may see it.
    func resolve(_ path: String, in snapshot: SiteSnapshot, user: User) -> Outcome {
        if path == SearchIndex.fileName { return .file(ByteBuffer(string: searchIndex(in: snapshot, user: user))) }
        if let file = snapshot.files[path] {
            return ReportAccess.canRead(file.report, user: user) ? .file(file.bytes) : .denied
        }
        guard let page = snapshot.pages[path] else { return .missing }
        guard ReportAccess.canRead(page.report, user: user) else { return .denied }
        guard let readable = readableReports(in: snapshot, user: user) else { return .page(page.bytes) }
        return .page(ByteBuffer(string: cached(path, readable: readable, in: snapshot) {
            html(page, path: path, readable: readable, in: snapshot)
        }))
    }

    /// The reports `user` may read, or nil when that is all of them.
    private func readableReports(in snapshot: SiteSnapshot, user: User) -> [Report]? {
        if user.role.includes(.editor) { return nil }
        let readable = snapshot.reports.filter { ReportAccess.canRead($0, user: user) }
        return readable.count == snapshot.reports.count ? nil : readable
    }

    private func searchIndex(in snapshot: SiteSnapshot, user: User) -> String {
        let readable = readableReports(in: snapshot, user: user)
        return cached(SearchIndex.fileName, readable: readable ?? snapshot.reports, in: snapshot) {
            var index = SearchIndex()
            for entry in snapshot.search where readable == nil || ReportAccess.canRead(snapshot.pages[entry.url]?.report, user: user) {
                index.add(entry)
            }
            return index.json
        }
    }

    private func html(_ page: SiteSnapshot.Page, path: String, readable: [Report], in snapshot: SiteSnapshot) -> String {
        guard let theme = snapshot.theme else { return page.html }
        let paths = Set(readable.map(\.path))
        let siteMap = SiteMap(pages: snapshot.siteMap.pages.filter { paths.contains($0.report.path) })
        var values = page.values
        let current = siteMap.pages.first { $0.outputPath == path }
        values.navigation = siteMap.navigationHTML(current: current)
        if page.report == nil, path == "index.html" { values.content = HomePage(siteMap: siteMap).html }
        return SiteSnapshot.withLiveReload(theme.render(values))
    }

    /// What `make` returns for this path and set of readable reports, made once per build.
    private func cached(_ path: String, readable: [Report], in snapshot: SiteSnapshot, make: () -> String) -> String {
        let key = readable.map(\.path).joined(separator: ",") + "|" + path
        if let hit = lock.withLock({ cacheGeneration == snapshot.generation ? cache[key] : nil }) { return hit }
        let value = make()
        lock.withLock {
            if cacheGeneration != snapshot.generation { cache = [:]; cacheGeneration = snapshot.generation }
            cache[key] = value
        }
        return value
    }
}
