/// Reads an HTML table (cmark's GFM tables and `<DataTable>`) into a ``TableBlock``.
enum TableReader {
    static func table(_ table: HTMLElement, caption: String?, note: String?) -> TableBlock {
        func rows(in section: String) -> [[TableBlock.Cell]] {
            table.elements.filter { $0.name == section }.flatMap(\.elements).filter { $0.name == "tr" }.map(cells)
        }
        var body = rows(in: "tbody")
        body += table.elements.filter { $0.name == "tr" }.map(cells)   // rows written without <tbody>
        return TableBlock(caption: caption, header: rows(in: "thead"), rows: body, footer: rows(in: "tfoot"), note: note)
    }

    static func cells(_ row: HTMLElement) -> [TableBlock.Cell] {
        row.elements.filter { $0.name == "td" || $0.name == "th" }.map { cell in
            TableBlock.Cell(text: InlineStyles.text(of: cell.children).plainText,
                            isNumeric: cell.hasClass("num") || cell["align"] == "right",
                            isBold: cell.name == "th")
        }
    }
}
