import Charts
import ChartsCairo
import CPangoCairo

/// Lays out and draws one PDF document on a Cairo PDF surface.
final class PDFWriter {
    let document: PDFDocument
    let sink = ByteSink()
    let surface: OpaquePointer
    let cairo: OpaquePointer
    let pango: OpaquePointer

    /// The header and footer lines laid out so far.
    var furniture: [FurnitureLine: TextBox] = [:]

    struct FurnitureLine: Hashable {
        var text: String
        var style: TextStyle
        var width: Double
    }

    /// Where a section's contents list goes, filled once the page numbers are known.
    private struct ContentsSlot {
        var page: Int
        var y: Double
        var namespace: String
    }

    init(document: PDFDocument) throws(PDFError) {
        self.document = document
        let box = Unmanaged.passUnretained(sink).toOpaque()
        guard let surface = cairo_pdf_surface_create_for_stream({ closure, data, length in
            Unmanaged<ByteSink>.fromOpaque(closure!).takeUnretainedValue().bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }, box, document.geometry.width, document.geometry.height) else { throw PDFError("cannot create a PDF surface") }
        self.surface = surface
        cairo = cairo_create(surface)
        pango = DocumentFonts.shared.context(for: cairo)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(pango))
        cairo_destroy(cairo)
        cairo_surface_destroy(surface)
    }

    func write(_ sections: [PDFDocument.Section]) throws(PDFError) -> [UInt8] {
        setMetadata()
        var paginator = Paginator(geometry: document.geometry, context: pango, figure: { _, _ in nil }, link: { _ in nil })
        var slots: [ContentsSlot] = []
        var firstPages: Set<Int> = []
        for (index, section) in sections.enumerated() {
            if index > 0 { paginator.newPage() }
            firstPages.insert(paginator.pageIndex)
            let namespace = sections.count > 1 ? "s\(index)-" : ""
            paginator.namespace = namespace
            paginator = paginator.with(figure: FigureScenes(section.figures).scene,
                                       link: { [document] href in LinkMapping(document: document, sections: sections).map(href, from: section, namespace: namespace) })
            let blocks = DocumentBuilder().blocks(fromHTML: section.html)
            placeTitle(section, namespace: namespace, into: &paginator)
            let sectionHeadings = blocks.filter { if case .heading(2, _, _) = $0 { true } else { false } }.count
            if sectionHeadings >= 3 {
                slots.append(ContentsSlot(page: paginator.pageIndex, y: paginator.y, namespace: namespace))
                paginator.y += contentsHeight(entries: sectionHeadings)
            }
            paginator.place(blocks, x: document.geometry.margin, width: document.geometry.contentWidth)
        }
        var pages = paginator.pages
        for slot in slots {
            let entries = paginator.outline.filter { $0.level == 2 && $0.destination.hasPrefix(slot.namespace) }
            pages[slot.page].items += contents(entries, at: slot.y)
        }
        for (number, page) in pages.enumerated() {
            draw(page)
            drawFurniture(page: number, of: pages.count, first: firstPages.contains(number), section: sections.isEmpty ? nil : sectionTitle(number, firstPages, sections))
            cairo_show_page(cairo)
        }
        addOutline(paginator.outline)
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw PDFError("cairo could not write the PDF: \(String(cString: cairo_status_to_string(status)))") }
        return CrossReferenceRepair.repair(sink.bytes)
    }

    // MARK: - Title block and contents

    private func placeTitle(_ section: PDFDocument.Section, namespace: String, into paginator: inout Paginator) {
        let width = document.geometry.contentWidth, x = document.geometry.margin
        let title = paginator.box(StyledText(plain: section.title), .heading(1), width: width)
        paginator.add(.destination(name: namespace + "top", y: paginator.y))
        paginator.outline.append(OutlineEntry(level: 1, title: section.title, destination: namespace + "top", page: paginator.pageIndex))
        paginator.add(.text(title, lines: 0..<title.lines.count, x: x, y: paginator.y))
        paginator.y += title.height + 6
        if let description = section.description {
            let lede = paginator.box(StyledText(plain: description), TextStyle(size: 11.5, color: "#52606d"), width: width)
            paginator.add(.text(lede, lines: 0..<lede.lines.count, x: x, y: paginator.y))
            paginator.y += lede.height + 4
        }
        let meta = [section.author, "Data as of \(document.asOf)", document.siteTitle].compactMap { $0 }.joined(separator: "  ·  ")
        let line = paginator.box(StyledText(plain: meta), .small, width: width)
        paginator.add(.text(line, lines: 0..<line.lines.count, x: x, y: paginator.y))
        paginator.y += line.height + 8
        paginator.add(.line(x1: x, y1: paginator.y, x2: x + width, y2: paginator.y, color: "#0f4c81", width: 1.5))
        paginator.y += 14
    }

    static let contentsLine = 15.0

    private func contentsHeight(entries: Int) -> Double { 22 + Double(entries) * PDFWriter.contentsLine + 14 }

    /// "Contents" and one linked line per section heading: title, dotted leader, page number.
    private func contents(_ entries: [OutlineEntry], at top: Double) -> [PageItem] {
        let x = document.geometry.margin, width = document.geometry.contentWidth
        var items: [PageItem] = []
        let heading = TextBox(StyledText(plain: "Contents"), style: .heading(4), width: width, context: pango)
        items.append(.text(heading, lines: 0..<heading.lines.count, x: x, y: top))
        var y = top + 22
        for entry in entries {
            let number = TextBox(StyledText(plain: "\(entry.page + 1)"), style: TextStyle(size: 10, alignment: .right), width: 40, context: pango)
            let title = TextBox(StyledText([.init(text: entry.title, link: "#" + entry.destination)]), style: .body, width: width - 60, context: pango)
            items.append(.text(title, lines: 0..<1, x: x, y: y))
            items.append(.line(x1: x + title.contentWidth + 6, y1: y + 10, x2: x + width - 46, y2: y + 10, color: "#bcccdc", width: 0.5))
            items.append(.text(number, lines: 0..<1, x: x + width - 40, y: y))
            y += PDFWriter.contentsLine
        }
        return items
    }

    private func sectionTitle(_ page: Int, _ firstPages: Set<Int>, _ sections: [PDFDocument.Section]) -> String {
        let index = firstPages.sorted().lastIndex { $0 <= page } ?? 0
        return sections[index].title
    }
}

/// Collects the bytes Cairo writes.
final class ByteSink {
    var bytes: [UInt8] = []
}
