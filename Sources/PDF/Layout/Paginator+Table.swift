extension Paginator {
    /// A table, its header row repeated on every page it continues on; the totals stay together.
    mutating func placeTable(_ table: TableBlock, x: Double, width: Double) {
        let layout = TableLayout(table, width: width, context: context)
        let caption = table.caption.map { box(StyledText([.init(text: $0, bold: true)]), .body, width: width) }
        let headerHeight = layout.header.reduce(0) { $0 + $1.height }
        y += 4
        ensure((caption?.height ?? 0) + 4 + headerHeight + (layout.body.first?.height ?? 0) * 2)
        if let caption {
            add(.text(caption, lines: 0..<caption.lines.count, x: x, y: y))
            y += caption.height + 4
        }
        func header(_ paginator: inout Paginator) {
            for row in layout.header { paginator.draw(row, layout: layout, x: x, shaded: false) }
            paginator.add(.line(x1: x, y1: paginator.y, x2: x + width, y2: paginator.y, color: "#9fb3c8", width: 0.75))
        }
        header(&self)
        for (index, row) in layout.body.enumerated() {
            if y + row.height > bottom {
                newPage()
                header(&self)
            }
            draw(row, layout: layout, x: x, shaded: index % 2 == 1)
        }
        let footerHeight = layout.footer.reduce(0) { $0 + $1.height }
        if !layout.footer.isEmpty {
            if y + footerHeight > bottom {
                newPage()
                header(&self)
            }
            add(.line(x1: x, y1: y, x2: x + width, y2: y, color: "#9fb3c8", width: 0.75))
            for row in layout.footer { draw(row, layout: layout, x: x, shaded: false) }
        }
        add(.line(x1: x, y1: y, x2: x + width, y2: y, color: "#d9e2ec", width: 0.5))
        y += 4
        if let note = table.note {
            let text = box(StyledText(plain: note), .small, width: width)
            ensure(text.height)
            add(.text(text, lines: 0..<text.lines.count, x: x, y: y))
            y += text.height
        }
        y += 10
    }

    private mutating func draw(_ row: TableLayout.Row, layout: TableLayout, x: Double, shaded: Bool) {
        if shaded { add(.rectangle(x: x, y: y, width: layout.columnWidths.reduce(0, +), height: row.height, fill: "#f5f7fa")) }
        var left = x
        for (column, cell) in row.cells.enumerated() {
            add(.text(cell, lines: 0..<cell.lines.count, x: left + TableLayout.padding.horizontal, y: y + TableLayout.padding.vertical))
            left += column < layout.columnWidths.count ? layout.columnWidths[column] : 0
        }
        y += row.height
    }
}
