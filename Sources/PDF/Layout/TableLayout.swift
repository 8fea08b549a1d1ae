/// A table fitted to the page width: column widths from the content (numbers never wrap, text
/// columns share what is left), each cell a ``TextBox``.
struct TableLayout {
    struct Row {
        var cells: [TextBox]
        var height: Double
        var isBold: Bool
    }

    let columnWidths: [Double]
    let header: [Row]
    let body: [Row]
    let footer: [Row]
    static let padding = (horizontal: 5.0, vertical: 3.0)

    init(_ table: TableBlock, width: Double, context: OpaquePointer) {
        // Each cell is laid out once unwrapped, which gives the columns' natural widths; only cells
        // wider than their column are wrapped again.
        func boxes(_ rows: [[TableBlock.Cell]]) -> [[TextBox]] {
            rows.map { row in row.map { TextBox(StyledText([.init(text: $0.text, bold: $0.isBold)]), style: TableLayout.style($0), width: 10_000, context: context) } }
        }
        let header = boxes(table.header), body = boxes(table.rows), footer = boxes(table.footer)
        let allCells = table.header + table.rows + table.footer, allBoxes = header + body + footer
        let columns = allCells.map(\.count).max() ?? 0
        var natural = Array(repeating: 0.0, count: columns), numeric = Array(repeating: true, count: columns)
        for (cells, row) in zip(allCells, allBoxes) {
            for (column, (cell, box)) in zip(cells, row).enumerated() {
                natural[column] = Swift.max(natural[column], box.contentWidth + 2 * TableLayout.padding.horizontal)
                if !cell.isNumeric, !cell.isBold { numeric[column] = false }
            }
        }
        let widths = TableLayout.fit(natural, numeric: numeric, into: width)
        func rows(_ boxes: [[TextBox]], _ cells: [[TableBlock.Cell]]) -> [Row] {
            zip(boxes, cells).map { row, cells in
                for (column, box) in row.enumerated() {
                    box.rewrap(width: Swift.max(8, (column < widths.count ? widths[column] : 40) - 2 * TableLayout.padding.horizontal))
                }
                return Row(cells: row, height: (row.map(\.height).max() ?? 10) + 2 * TableLayout.padding.vertical,
                           isBold: cells.allSatisfy(\.isBold))
            }
        }
        columnWidths = widths
        self.header = rows(header, table.header)
        self.body = rows(body, table.rows)
        self.footer = rows(footer, table.footer)
    }

    /// Natural widths, the spare width going to the first text column (the row labels); when they do
    /// not fit, numeric columns keep theirs and text columns share the rest.
    static func fit(_ natural: [Double], numeric: [Bool], into width: Double) -> [Double] {
        let total = natural.reduce(0, +)
        guard total > width else {
            var widths = natural
            if let label = numeric.firstIndex(of: false) ?? widths.indices.first { widths[label] += width - total }
            return widths
        }
        let fixed = zip(natural, numeric).filter(\.1).map(\.0).reduce(0, +)
        let flexible = total - fixed
        guard fixed < width * 0.8, flexible > 0 else { return natural.map { $0 * width / total } }
        return zip(natural, numeric).map { $1 ? $0 : $0 * (width - fixed) / flexible }
    }

    static func style(_ cell: TableBlock.Cell) -> TextStyle {
        var style = TextStyle.tableCell
        style.bold = cell.isBold
        if cell.isBold { style.color = "#334e68" }
        style.alignment = cell.isNumeric ? .right : .left
        return style
    }
}
