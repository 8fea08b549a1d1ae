import BICore
import CPangoCairo

/// One paragraph (or heading, or cell) laid out by Pango at a fixed width: its lines, their
/// heights, where its links are. Lines can be drawn in ranges, so a paragraph can break across pages.
final class TextBox {
    let layout: OpaquePointer
    private(set) var width: Double
    /// Top, bottom and baseline of each line from the top of the box, and its left edge (alignment
    /// included), in points.
    private(set) var lines: [(top: Double, bottom: Double, baseline: Double, left: Double)] = []
    /// Link targets with the byte ranges of their text.
    private let links: [(range: Range<Int>, target: String)]

    init(_ text: StyledText, style: TextStyle, width: Double, context: OpaquePointer) {
        layout = pango_layout_new(context)
        self.width = width
        let description = pango_font_description_new()
        pango_font_description_set_family(description, style.monospace ? DocumentFonts.mono : DocumentFonts.sans)
        pango_font_description_set_absolute_size(description, style.size * Double(PANGO_SCALE))
        pango_font_description_set_weight(description, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(description, style.italic ? PANGO_STYLE_OBLIQUE : PANGO_STYLE_NORMAL)
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)
        pango_layout_set_width(layout, Int32(width * Double(PANGO_SCALE)))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)   // very long words break with a hyphen
        pango_layout_set_line_spacing(layout, Float(style.leading))
        pango_layout_set_alignment(layout, style.alignment == .right ? PANGO_ALIGN_RIGHT : style.alignment == .center ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT)
        if text.runs.count == 1, let run = text.runs.first, !run.bold, !run.italic, !run.code, !run.strikethrough, run.link == nil {
            // Plain text (most table cells): no markup to parse, the colour as an attribute.
            links = []
            pango_layout_set_text(layout, run.text, -1)
            let attributes = pango_attr_list_new()
            let color = TextBox.rgb(style.color)
            pango_attr_list_insert(attributes, pango_attr_foreground_new(color.0, color.1, color.2))
            pango_layout_set_attributes(layout, attributes)
            pango_attr_list_unref(attributes)
        } else {
            let (markup, links) = PangoMarkup.markup(for: text, baseColor: style.color)
            self.links = links
            pango_layout_set_markup(layout, markup, -1)
        }
        measureLines()
    }

    /// Wraps the text at another width (a table cell once its column is known).
    func rewrap(width: Double) {
        guard width != self.width else { return }
        defer { self.width = width }
        if realignUnwrapped(to: width) { return }
        pango_layout_set_width(layout, Int32(width * Double(PANGO_SCALE)))
        lines = []
        measureLines()
    }

    /// Moves a one-line, left-to-right box without links to a width it still fits in, without laying
    /// it out again: only a right-aligned line moves, by the change of width (as Pango would place it).
    /// Most table cells are such boxes. Returns false when the box has to be laid out again.
    private func realignUnwrapped(to width: Double) -> Bool {
        let scale = Double(PANGO_SCALE)
        let old = Int32(self.width * scale), new = Int32(width * scale)
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        guard lines.count == 1, links.isEmpty, logical.width < new,
              let line = pango_layout_get_line_readonly(layout, 0),
              pango_layout_line_get_resolved_direction(line) == PANGO_DIRECTION_LTR else { return false }
        switch pango_layout_get_alignment(layout) {
        case PANGO_ALIGN_LEFT: return true
        case PANGO_ALIGN_RIGHT:
            lines[0].left = Double(Int32(lines[0].left * scale) + new - old) / scale
            return true
        default: return false
        }
    }

    static func rgb(_ hex: String) -> (UInt16, UInt16, UInt16) {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        return (UInt16((value >> 16) & 0xFF) * 257, UInt16((value >> 8) & 0xFF) * 257, UInt16(value & 0xFF) * 257)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(layout)) }

    var height: Double { lines.last?.bottom ?? 0 }

    /// The natural width of the text, unwrapped up to the box width.
    var contentWidth: Double {
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        return Double(logical.width) / Double(PANGO_SCALE)
    }

    private func measureLines() {
        let iterator = pango_layout_get_iter(layout)
        defer { pango_layout_iter_free(iterator) }
        repeat {
            var top: Int32 = 0, bottom: Int32 = 0
            pango_layout_iter_get_line_yrange(iterator, &top, &bottom)
            let baseline = pango_layout_iter_get_baseline(iterator)
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iterator, nil, &logical)
            let scale = Double(PANGO_SCALE)
            lines.append((Double(top) / scale, Double(bottom) / scale, Double(baseline) / scale, Double(logical.x) / scale))
        } while pango_layout_iter_next_line(iterator) != 0
    }

    /// Draws lines `range` with the top of the first at `(x, y)`, marking links; returns the height used.
    @discardableResult
    func draw(lines range: Range<Int>, at x: Double, _ y: Double, on cairo: OpaquePointer) -> Double {
        guard !range.isEmpty else { return 0 }
        let offset = lines[range.lowerBound].top
        for index in range {
            guard let line = pango_layout_get_line_readonly(layout, Int32(index)) else { continue }
            cairo_move_to(cairo, x + lines[index].left, y + lines[index].baseline - offset)
            pango_cairo_show_layout_line(cairo, line)
        }
        markLinks(lines: range, at: x, y - offset, on: cairo)
        return lines[range.upperBound - 1].bottom - offset
    }

    /// Tags the rectangles of each link's text on the drawn lines, for PDF viewers.
    private func markLinks(lines range: Range<Int>, at x: Double, _ y: Double, on cairo: OpaquePointer) {
        let scale = Double(PANGO_SCALE)
        for link in links {
            var rectangles: [String] = []
            var start = PangoRectangle(), end = PangoRectangle()
            var index = link.range.lowerBound
            // One rectangle per line the link text spans.
            while index < link.range.upperBound {
                var line: Int32 = 0, xPosition: Int32 = 0
                pango_layout_index_to_line_x(layout, Int32(index), 0, &line, &xPosition)
                guard range.contains(Int(line)), let layoutLine = pango_layout_get_line_readonly(layout, line) else { break }
                let lineEnd = Swift.min(link.range.upperBound, Int(layoutLine.pointee.start_index + layoutLine.pointee.length))
                pango_layout_index_to_pos(layout, Int32(index), &start)
                pango_layout_index_to_pos(layout, Int32(Swift.max(index, lineEnd - 1)), &end)
                let left = x + Double(start.x) / scale, right = x + Double(end.x + end.width) / scale
                let top = y + Double(start.y) / scale, height = Double(start.height) / scale
                rectangles.append("\(format(left)) \(format(top)) \(format(right - left)) \(format(height))")
                guard lineEnd > index else { break }
                index = lineEnd
            }
            guard !rectangles.isEmpty else { continue }
            // Other PDFs are linked by relative URI: Cairo 1.16 writes invalid destinations for file links.
            let destination = link.target.hasPrefix("#") ? "dest='\(PDFNames.escape(String(link.target.dropFirst())))'"
                                                        : "uri='\(PDFNames.escape(link.target))'"
            cairo_tag_begin(cairo, CAIRO_TAG_LINK, "rect=[\(rectangles.joined(separator: " "))] \(destination)")
            cairo_tag_end(cairo, CAIRO_TAG_LINK)
        }
    }

    private func format(_ value: Double) -> String { String(Double(Int((value * 100).rounded())) / 100) }
}

/// Pango markup for styled runs, and where the links are in the resulting text.
enum PangoMarkup {
    static func markup(for text: StyledText, baseColor: String) -> (String, [(range: Range<Int>, target: String)]) {
        var markup = "<span foreground=\"\(baseColor)\">"
        var links: [(Range<Int>, String)] = []
        var offset = 0
        for run in text.runs {
            var open = "", close = ""
            if run.bold { open += "<b>"; close = "</b>" + close }
            if run.italic { open += "<i>"; close = "</i>" + close }
            if run.strikethrough { open += "<s>"; close = "</s>" + close }
            if run.code { open += "<span font_family=\"\(DocumentFonts.mono)\" size=\"92%\">"; close = "</span>" + close }
            if run.link != nil { open += "<span foreground=\"#0b5cad\" underline=\"single\">"; close = "</span>" + close }
            markup += open + run.text.xmlEscaped + close
            let length = run.text.utf8.count
            if let target = run.link { links.append((offset..<(offset + length), target)) }
            offset += length
        }
        return (markup + "</span>", links)
    }
}

/// Names and URIs inside Cairo tag attributes, quoted with single quotes.
enum PDFNames {
    static func escape(_ text: String) -> String { text.replacing("\\", with: "\\\\").replacing("'", with: "\\'") }
}
