/// A table fitted to the page width: column widths from the content (numbers never wrap, words are
/// not broken while the table fits, text columns share what is left), each cell a ``TextBox``.
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
        // Each distinct cell of a column (a category, a year) is laid out once, unwrapped, which gives
        // the columns' natural widths; only cells wider than their column are wrapped again.
        var order: [ColumnCell: Int] = [:], keys: [ColumnCell] = []
        func indices(_ rows: [[TableBlock.Cell]]) -> [[Int]] {
            rows.map { row in
                row.enumerated().map { column, cell in
                    let key = ColumnCell(column: column, cell: cell)
                    if let index = order[key] { return index }
                    order[key] = keys.count
                    keys.append(key)
                    return keys.count - 1
                }
            }
        }
        let header = indices(table.header), body = indices(table.rows), footer = indices(table.footer)
        let boxes = TextBox.layOut(keys.map { (StyledText([.init(text: $0.cell.text, bold: $0.cell.isBold)]), TableLayout.style($0.cell)) },
                                   width: 10_000, context: context)
        let distinct = zip(keys, boxes)
        let columns = (table.header + table.rows + table.footer).map(\.count).max() ?? 0
        var natural = Array(repeating: 0.0, count: columns), longestWord = natural, numeric = Array(repeating: true, count: columns)
        for (key, box) in distinct {
            natural[key.column] = Swift.max(natural[key.column], box.contentWidth + 2 * TableLayout.padding.horizontal)
            longestWord[key.column] = Swift.max(longestWord[key.column], TableLayout.longestWord(of: key.cell.text, width: box.contentWidth)
                                                + 2 * TableLayout.padding.horizontal)
            if !key.cell.isNumeric, !key.cell.isBold { numeric[key.column] = false }
        }
        let widths = TableLayout.fit(natural, minimum: longestWord, numeric: numeric, into: width)
        for (key, box) in distinct {
            box.rewrap(width: Swift.max(8, (key.column < widths.count ? widths[key.column] : 40) - 2 * TableLayout.padding.horizontal))
        }
        func rows(_ indices: [[Int]], _ cells: [[TableBlock.Cell]]) -> [Row] {
            zip(indices, cells).map { row, cells in
                let row = row.map { boxes[$0] }
                return Row(cells: row, height: (row.map(\.height).max() ?? 10) + 2 * TableLayout.padding.vertical, isBold: cells.allSatisfy(\.isBold))
            }
        }
        columnWidths = widths
        self.header = rows(header, table.header)
        self.body = rows(body, table.rows)
        self.footer = rows(footer, table.footer)
    }

    /// A cell's text and look in one column: cells equal in both share one laid-out box.
    private struct ColumnCell: Hashable {
        var column: Int
        var cell: TableBlock.Cell
    }

    /// Natural widths, the spare width going to the first text column (the row labels). When they do
    /// not fit, each column starts from its minimum (numbers whole, text its longest word) and the
    /// rest of the width is shared in proportion to what each column still lacks; only when even the
    /// minimums do not fit are words broken.
    static func fit(_ natural: [Double], minimum: [Double], numeric: [Bool], into width: Double) -> [Double] {
        let total = natural.reduce(0, +)
        guard total > width else {
            var widths = natural
            if let label = numeric.firstIndex(of: false) ?? widths.indices.first { widths[label] += width - total }
            return widths
        }
        var floor = zip(natural, zip(minimum, numeric)).map { natural, column in column.1 ? natural : Swift.min(natural, column.0) }
        if floor.reduce(0, +) > width { floor = zip(natural, minimum).map { Swift.min($0, $1) } }
        let least = floor.reduce(0, +)
        guard least < width else { return floor.map { $0 * width / least } }
        let lacking = zip(natural, floor).map { $0 - $1 }
        let spare = (width - least) / lacking.reduce(0, +)
        return zip(floor, lacking).map { $0 + $1 * spare }
    }

    /// The width of the longest word of `text`, whose whole width is `width`, estimated from its
    /// share of the characters (the cell is measured once, unwrapped).
    static func longestWord(of text: String, width: Double) -> Double {
        guard !text.isEmpty else { return 0 }
        let longest = text.split(whereSeparator: \.isWhitespace).map(\.count).max() ?? 0
        return width * Double(longest) / Double(text.count)
    }

    static func style(_ cell: TableBlock.Cell) -> TextStyle {
        var style = TextStyle.tableCell
        style.bold = cell.isBold
        if cell.isBold { style.color = "#334e68" }
        style.alignment = cell.isNumeric ? .right : .left
        return style
    }
}
