import Charts
import ChartsCairo
import CPangoCairo

extension PDFWriter {
    func draw(_ page: LaidOutPage) {
        for item in page.items {
            switch item {
            case .text(let box, let lines, let x, let y):
                cairo_set_source_rgb(cairo, 0, 0, 0)
                box.draw(lines: lines, at: x, y, on: cairo)
            case .rectangle(let x, let y, let width, let height, let fill):
                setColor(fill)
                cairo_rectangle(cairo, x, y, width, height)
                cairo_fill(cairo)
            case .line(let x1, let y1, let x2, let y2, let color, let width):
                setColor(color)
                cairo_set_line_width(cairo, width)
                cairo_move_to(cairo, x1, y1)
                cairo_line_to(cairo, x2, y2)
                cairo_stroke(cairo)
            case .figure(let scene, let x, let y):
                cairo_save(cairo)
                cairo_translate(cairo, x, y)
                CairoRenderer().draw(scene, on: cairo)
                cairo_restore(cairo)
            case .destination(let name, let y):
                cairo_tag_begin(cairo, CAIRO_TAG_DEST, "name='\(PDFNames.escape(name))' x=0 y=\(Int(y))")
                cairo_tag_end(cairo, CAIRO_TAG_DEST)
            }
        }
    }

    /// The running header (report and site title) from the second page of a report on, and the
    /// footer (data date and "Page N of M") on every page.
    func drawFurniture(page: Int, of count: Int, first: Bool, section: String?) {
        let geometry = document.geometry
        let width = geometry.contentWidth, x = geometry.margin
        if !first {
            let left = furnitureLine(section ?? document.title, style: .small, width: width * 0.65)
            let right = furnitureLine(document.siteTitle, style: TextStyle(size: 8, color: "#52606d", alignment: .right), width: width * 0.35)
            cairo_set_source_rgb(cairo, 0, 0, 0)
            left.draw(lines: 0..<1, at: x, geometry.margin - 18, on: cairo)
            right.draw(lines: 0..<1, at: x + width * 0.65, geometry.margin - 18, on: cairo)
            setColor("#d9e2ec")
            cairo_set_line_width(cairo, 0.5)
            cairo_move_to(cairo, x, geometry.margin - 4)
            cairo_line_to(cairo, x + width, geometry.margin - 4)
            cairo_stroke(cairo)
        }
        let footerY = geometry.height - geometry.margin + 14
        let left = furnitureLine("Data as of \(document.asOf)", style: .small, width: width / 2)
        let right = furnitureLine("Page \(page + 1) of \(count)", style: TextStyle(size: 8, color: "#52606d", alignment: .right), width: width / 2)
        left.draw(lines: 0..<1, at: x, footerY, on: cairo)
        right.draw(lines: 0..<1, at: x + width / 2, footerY, on: cairo)
    }

    /// A line of the header or footer; a text repeated on every page is laid out once.
    private func furnitureLine(_ text: String, style: TextStyle, width: Double) -> TextBox {
        let key = FurnitureLine(text: text, style: style, width: width)
        if let box = furniture[key] { return box }
        let box = TextBox(StyledText(plain: text), style: style, width: width, context: pango)
        furniture[key] = box
        return box
    }

    /// Bookmarks: each report, and its sections under it.
    func addOutline(_ entries: [OutlineEntry]) {
        var parents: [Int: Int32] = [:]
        for entry in entries {
            let parent = (1..<entry.level).reversed().compactMap { parents[$0] }.first ?? Int32(CAIRO_PDF_OUTLINE_ROOT)
            let id = cairo_pdf_surface_add_outline(surface, parent, entry.title, "dest='\(PDFNames.escape(entry.destination))'",
                                                    entry.level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(0))
            parents[entry.level] = id
            for deeper in (entry.level + 1)...4 { parents[deeper] = nil }
        }
    }

    func setMetadata() {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, document.title)
        if let author = document.author { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, author) }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, document.subject ?? document.siteTitle)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "SmartBI")
        // The data's date, not the clock's, so the same inputs give the same bytes.
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, document.asOf + "T00:00:00Z")
    }

    func setColor(_ hex: String) {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        cairo_set_source_rgb(cairo, Double((value >> 16) & 0xFF) / 255, Double((value >> 8) & 0xFF) / 255, Double(value & 0xFF) / 255)
    }
}
