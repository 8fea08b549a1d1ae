import BICore

/// Checks a site before it is written: every relative `href`/`src` of every page must name a page,
/// asset or file of the site, and every `#anchor` an element id of its page.
public struct LinkCheck: Sendable {
    /// Output path → HTML, for pages; and the paths of every other file.
    let pages: [String: String]
    let files: Set<String>

    public init(pages: [String: String], files: Set<String>) {
        self.pages = pages
        self.files = files
    }

    /// Broken links as (page, target) pairs, in page order: on every page, or only on `checked` (an
    /// incremental build whose other pages, and the set of pages, are unchanged).
    public func brokenLinks(on checked: Set<String>? = nil) -> [(page: String, target: String)] {
        var broken: [(String, String)] = []
        var ids: [String: Set<String>] = [:]
        for page in pages.keys.sorted() where checked?.contains(page) ?? true {
            let folder = page.split(separator: "/").dropLast().joined(separator: "/")
            for target in LinkCheck.attributeValues(["href", "src"], in: pages[page]!) where LinkCheck.isInternal(target) {
                let parts = target.replacing("&amp;", with: "&").split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let path = parts[0].split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
                guard let file = path.isEmpty ? page : RelativePath.resolve(path, in: folder),
                      pages[file] != nil || files.contains(file) else {
                    broken.append((page, target))
                    continue
                }
                if parts.count == 2, !parts[1].isEmpty, let html = pages[file] {
                    if ids[file] == nil { ids[file] = Set(LinkCheck.attributeValues(["id"], in: html)) }
                    if !ids[file]!.contains(String(parts[1])) { broken.append((page, target)) }
                }
            }
        }
        return broken
    }

    static func isInternal(_ target: String) -> Bool {
        !(target.isEmpty || target.contains("://") || target.hasPrefix("mailto:") || target.hasPrefix("data:")
          || target.hasPrefix("javascript:") || target.hasPrefix("//"))
    }

    /// Values of `name="…"` attributes, for the given names.
    static func attributeValues(_ names: [String], in html: String) -> [String] {
        var values: [String] = []
        let bytes = Array(html.utf8)
        let patterns = names.map { Array((" " + $0 + "=\"").utf8) }
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: " "), let pattern = patterns.first(where: { bytes[index...].starts(with: $0) }) {
                let start = index + pattern.count
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
                values.append(String(decoding: bytes[start..<end], as: UTF8.self))
                index = end
            }
            index += 1
        }
        return values
    }
}
