import BICore

/// Reads one worksheet's `<sheetData>` into rows of text fields, the first non-empty row being the header.
struct XLSXSheetReader {
    let strings: [String]
    let dateStyles: Set<Int>
    let uses1904: Bool

    mutating func read(_ xml: [UInt8]) -> FieldTable {
        var scanner = XMLScanner(xml)
        var rows: [(line: Int, cells: [Int: Cell])] = []
        var cells: [Int: Cell] = [:]
        var rowNumber = 0
        var cell: (column: Int, type: String, style: Int)?
        var value: String?
        var nextColumn = 0
        while let tag = scanner.nextTag() {
            if tag.named("row") {
                if tag.isClosing || tag.isSelfClosing {
                    if !cells.isEmpty { rows.append((rowNumber, cells)) }
                    cells = [:]
                }
                if !tag.isClosing {
                    rowNumber = tag.attribute("r").flatMap(Int.init) ?? rowNumber + 1
                    nextColumn = 0
                }
            } else if tag.named("c") {
                if !tag.isClosing {
                    let column = tag.attribute("r").map(XLSXSheetReader.column(of:)) ?? nextColumn
                    nextColumn = column + 1
                    cell = (column, tag.attribute("t") ?? "n", tag.attribute("s").flatMap(Int.init) ?? 0)
                    value = nil
                }
                if tag.isClosing || tag.isSelfClosing, let open = cell {
                    if let value, let converted = convert(value, type: open.type, style: open.style) { cells[open.column] = converted }
                    cell = nil
                }
            } else if (tag.named("v") || tag.named("t")) && !tag.isClosing && !tag.isSelfClosing && cell != nil {
                value = (value ?? "") + scanner.text()
            }
        }
        return table(from: rows)
    }

    struct Cell {
        var text: String
        var isString: Bool
    }

    private func convert(_ raw: String, type: String, style: Int) -> Cell? {
        switch type {
        case "s": Int(raw).flatMap { strings.indices.contains($0) ? Cell(text: strings[$0], isString: true) : nil }
        case "inlineStr", "str": Cell(text: raw, isString: true)
        case "b": Cell(text: raw == "1" ? "true" : "false", isString: false)
        case "e": nil
        case "d": Cell(text: raw, isString: false)
        default:
            if dateStyles.contains(style), let serial = Double(raw) { Cell(text: XLSXSheetReader.isoDate(serial: serial, uses1904: uses1904), isString: false) }
            else { Cell(text: raw, isString: false) }
        }
    }

    private func table(from rows: [(line: Int, cells: [Int: Cell])]) -> FieldTable {
        guard let header = rows.first else { return FieldTable(names: []) }
        let width = (header.cells.keys.max() ?? -1) + 1
        var table = FieldTable(names: FieldTable.uniqueNames((0..<width).map { header.cells[$0]?.text ?? "" }))
        for row in rows.dropFirst() {
            for column in 0..<width {
                if let cell = row.cells[column] { table.add(cell.text, isString: cell.isString) } else { table.addNull() }
            }
            table.endRow(line: row.line)
        }
        table.seal()
        return table
    }

    /// `C12` → 2 (0-based column).
    static func column(of reference: String) -> Int {
        var number = 0
        for byte in reference.utf8 {
            guard byte >= 65, byte <= 90 else { break }
            number = number * 26 + Int(byte - 64)
        }
        return number - 1
    }

    /// An Excel serial day as `YYYY-MM-DD`, or `YYYY-MM-DD HH:MM:SS` when it has a time of day.
    static func isoDate(serial: Double, uses1904: Bool) -> String {
        var days = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if seconds == 86_400 { days += 1; seconds = 0 }
        // Serial 25569 is 1970-01-01; serials before 1900-03-01 are one off (Excel's leap day of 1900).
        let dayNumber = uses1904 ? days - 24_107 : days - 25_569 + (days < 61 ? 1 : 0)
        let day = Day(dayNumber: dayNumber).description
        guard seconds > 0 else { return day }
        func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        return day + " " + two(seconds / 3600) + ":" + two(seconds / 60 % 60) + ":" + two(seconds % 60)
    }
}
