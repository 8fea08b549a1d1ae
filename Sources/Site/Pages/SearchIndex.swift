import BICore

/// The site-wide search index, written at build time as `search-index.json` and read by bi.js:
/// each page's URL, title and text (charts and markup left out).
public struct SearchIndex: Sendable {
    public struct Entry: Sendable {
        public var url: String
        public var title: String
        public var text: String

        /// An entry for a page's article HTML (charts and markup left out, the text cut to ``SearchIndex/textLimit``).
        public init(url: String, title: String, html: String) {
            self.url = url
            self.title = title
            text = String(PlainText.strip(html).prefix(SearchIndex.textLimit))
        }
    }

    /// Where the site holds it, and where bi.js fetches it from.
    public static let fileName = "search-index.json"
    /// Text kept per page; enough for finding a page, small enough for hundreds of pages.
    static let textLimit = 4000
    public private(set) var entries: [Entry] = []

    public init() {}

    public mutating func add(_ entry: Entry) {
        entries.append(entry)
    }

    /// The JSON file, pages in URL order.
    public var json: String {
        "[" + entries.sorted { $0.url < $1.url }.map {
            "{\"url\":\(JSON.string($0.url)),\"title\":\(JSON.string($0.title)),\"text\":\(JSON.string($0.text))}"
        }.joined(separator: ",\n") + "]\n"
    }
}
