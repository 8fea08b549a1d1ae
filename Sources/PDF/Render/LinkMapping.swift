import BICore
/// Where a page's links go in its PDF: anchors on the page to its headings, links to another
/// report of the same PDF to that report's title, links to a page with its own PDF to that file,
/// web addresses as they are. Links to pages without a PDF are dropped (the text stays).
struct LinkMapping {
    let document: PDFDocument
    let sections: [PDFDocument.Section]

    func map(_ href: String, from section: PDFDocument.Section, namespace: String) -> String? {
        if href.hasPrefix("#") { return "#" + namespace + href.dropFirst() }
        if href.contains("://") || href.hasPrefix("mailto:") { return href }
        let folder = section.path.split(separator: "/").dropLast().joined(separator: "/")
        let path = href.split(separator: "#", maxSplits: 1).first.map(String.init) ?? ""
        guard let target = RelativePath.resolve(path, in: folder) else { return nil }
        if let index = sections.firstIndex(where: { $0.path == target }) {
            return "#" + (sections.count > 1 ? "s\(index)-" : "") + "top"
        }
        guard target.hasSuffix(".html"), document.pagesWithPDF.contains(target) else { return nil }
        return String(path.dropLast(5)) + ".pdf"
    }
}
