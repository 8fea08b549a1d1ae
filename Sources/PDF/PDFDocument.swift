import Charts
import CPangoCairo
import Synchronization

/// Reports as a print-quality PDF, laid out natively with Pango and drawn with Cairo: a title block,
/// contents with working links for long reports, headings, wrapped text, lists, tables that repeat
/// their header across pages, charts as vector graphics, running header and footer with page
/// numbers, bookmarks, document metadata and embedded fonts.
///
/// ```swift
/// let pdf = try PDFDocument(title: "Sales", siteTitle: "Acme", asOf: "2025-12-31").render([section])
/// ```
public struct PDFDocument: Sendable {
    /// One report: what its page shows, and how to draw its charts at print width.
    public struct Section: Sendable {
        public var title: String
        public var description: String?
        public var author: String?
        /// The page's article HTML, as the site writes it.
        public var html: String
        /// The page's path in the site (`products/index.html`), for its links.
        public var path: String
        /// Each chart of the page by its figure id, drawn for a given width in points.
        public var figures: [String: @Sendable (Double) -> Scene?]

        public init(title: String, description: String? = nil, author: String? = nil, html: String, path: String,
                    figures: [String: @Sendable (Double) -> Scene?]) {
            self.title = title
            self.description = description
            self.author = author
            self.html = html
            self.path = path
            self.figures = figures
        }
    }

    public var title: String
    public var author: String?
    public var subject: String?
    public var siteTitle: String
    /// "Data as of" in the footer, and the document's date (fixed, so the bytes are reproducible).
    public var asOf: String
    public var geometry: PageGeometry
    /// Site pages that have their own PDF, so links to them point at it.
    public var pagesWithPDF: Set<String>

    public init(title: String, author: String? = nil, subject: String? = nil, siteTitle: String, asOf: String,
                geometry: PageGeometry = PageGeometry(), pagesWithPDF: Set<String> = []) {
        self.title = title
        self.author = author
        self.subject = subject
        self.siteTitle = siteTitle
        self.asOf = asOf
        self.geometry = geometry
        self.pagesWithPDF = pagesWithPDF
    }

    /// The PDF's bytes.
    public func render(_ sections: [Section]) throws(PDFError) -> [UInt8] {
        try DocumentFonts.lock.withLock { _ throws(PDFError) in try PDFWriter(document: self).write(sections) }
    }
}

/// Why a PDF could not be written.
public struct PDFError: Error, Hashable, Sendable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
