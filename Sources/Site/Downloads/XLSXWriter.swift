import BICore

/// A result as an Excel workbook (`.xlsx`): one sheet, a bold header row, numbers as numbers,
/// ISO dates as Excel dates, text as inline strings. Deterministic bytes.
public enum XLSXWriter {
    public static func workbook(_ table: ResultTable, sheetName: String) -> [UInt8] {
        workbook(sheets: [(sheetName, table)])
    }

    /// A workbook with one sheet per table, in order.
    public static func workbook(sheets: [(name: String, table: ResultTable)]) -> [UInt8] {
        var archive = ZipArchive()
        let numbers = sheets.indices.map { $0 + 1 }
        archive.add("[Content_Types].xml", Array(contentTypes(sheets: numbers).utf8))
        archive.add("_rels/.rels", Array(rootRelationships.utf8))
        archive.add("xl/workbook.xml", Array(workbook(sheetNames: sheets.map(\.name)).utf8))
        archive.add("xl/_rels/workbook.xml.rels", Array(workbookRelationships(sheets: numbers).utf8))
        archive.add("xl/styles.xml", Array(styles.utf8))
        for (number, sheet) in zip(numbers, sheets) { archive.add("xl/worksheets/sheet\(number).xml", self.sheet(sheet.table)) }
        return archive.bytes
    }

    static func sheet(_ table: ResultTable) -> [UInt8] {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>"#
        xml += "<row r=\"1\">"
        for (index, column) in table.columns.enumerated() {
            xml += "<c r=\"\(reference(index, 1))\" t=\"inlineStr\" s=\"1\"><is><t>\(column.name.xmlEscaped)</t></is></c>"
        }
        xml += "</row>"
        for row in 0..<table.rowCount {
            xml += "<row r=\"\(row + 2)\">"
            for column in table.columns.indices {
                xml += cell(table[row, column], type: table.columns[column].type, at: reference(column, row + 2))
            }
            xml += "</row>"
        }
        xml += "</sheetData></worksheet>"
        return Array(xml.utf8)
    }

    static func cell(_ value: Value, type: ColumnType, at reference: String) -> String {
        switch value {
        case .null: return ""
        case .integer(let number): return "<c r=\"\(reference)\"><v>\(number)</v></c>"
        case .real(let number) where number.isFinite: return "<c r=\"\(reference)\"><v>\(number.shortestText)</v></c>"
        case .boolean(let flag): return "<c r=\"\(reference)\" t=\"b\"><v>\(flag ? 1 : 0)</v></c>"
        case .text(let text) where type == .date:
            if let day = Day(iso: text) { return "<c r=\"\(reference)\" s=\"2\"><v>\(day.dayNumber + 25569)</v></c>" }
            return inline(text, at: reference)
        case .text(let text): return inline(text, at: reference)
        case .real: return ""
        }
    }

    static func inline(_ text: String, at reference: String) -> String {
        "<c r=\"\(reference)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(text.xmlEscaped)</t></is></c>"
    }

    /// `A1`-style cell reference for a 0-based column and 1-based row.
    static func reference(_ column: Int, _ row: Int) -> String {
        var name = ""
        var number = column + 1
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name + String(row)
    }

    static func workbook(sheetNames: [String]) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#
            + sheetNames.enumerated().map { index, name in
                #"<sheet name=""# + String(name.prefix(31)).xmlEscaped + #"" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
            }.joined() + "</sheets></workbook>"
    }

    static func contentTypes(sheets: [Int]) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
            + sheets.map { #"<Override PartName="/xl/worksheets/sheet\#($0).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"# }.joined()
            + #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>"#
    }
    static let rootRelationships = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
    static func workbookRelationships(sheets: [Int]) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + sheets.map { #"<Relationship Id="rId\#($0)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#($0).xml"/>"# }.joined()
            + #"<Relationship Id="rId\#(sheets.count + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#
    }
    static let styles = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="3"><xf/><xf fontId="1" applyFont="1"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>"#
}
