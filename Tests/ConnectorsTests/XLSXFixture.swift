import Foundation
import ZIPFoundation

/// Writes small `.xlsx` workbooks the way Excel does (shared strings, a date style), for reader tests.
/// A cell is `"12.5"` (a number), `"d:45658"` (a number in date style), `"s:text"` (a shared string),
/// `"b:1"` (a boolean), or `""` (no cell).
enum XLSXFixture {
    static func write(to path: String, sheets: [(String, [[String]])], uses1904: Bool) throws {
        try? FileManager.default.removeItem(atPath: path)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        var strings: [String] = []
        func add(_ name: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        var sheetParts: [String] = []
        for (_, rows) in sheets {
            var xml = #"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
            for (rowIndex, row) in rows.enumerated() {
                xml += "<row r=\"\(rowIndex + 1)\">"
                for (columnIndex, cell) in row.enumerated() where !cell.isEmpty {
                    let reference = String(UnicodeScalar(UInt8(65 + columnIndex))) + String(rowIndex + 1)
                    if cell.hasPrefix("d:") {
                        xml += "<c r=\"\(reference)\" s=\"1\"><v>\(cell.dropFirst(2))</v></c>"
                    } else if cell.hasPrefix("b:") {
                        xml += "<c r=\"\(reference)\" t=\"b\"><v>\(cell.dropFirst(2))</v></c>"
                    } else if cell.hasPrefix("s:") || Double(cell) == nil {
                        strings.append(String(cell.hasPrefix("s:") ? cell.dropFirst(2) : Substring(cell)))
                        xml += "<c r=\"\(reference)\" t=\"s\"><v>\(strings.count - 1)</v></c>"
                    } else {
                        xml += "<c r=\"\(reference)\"><v>\(cell)</v></c>"
                    }
                }
                xml += "</row>"
            }
            sheetParts.append(xml + "</sheetData></worksheet>")
        }
        let escaped = { (text: String) in text.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing("\"", with: "&quot;") }
        try add("xl/workbook.xml", #"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904=""#
                + (uses1904 ? "1" : "0") + #""/><sheets>"#
                + sheets.enumerated().map { #"<sheet name=""# + escaped($1.0) + #"" sheetId="\#($0 + 1)" r:id="rId\#($0 + 1)"/>"# }.joined()
                + "</sheets></workbook>")
        try add("xl/_rels/workbook.xml.rels", #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
                + sheets.indices.map { #"<Relationship Id="rId\#($0 + 1)" Type="worksheet" Target="worksheets/sheet\#($0 + 1).xml"/>"# }.joined()
                + "</Relationships>")
        try add("xl/styles.xml", #"<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>"#)
        try add("xl/sharedStrings.xml", #"<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
                + strings.map { $0.isEmpty ? "<si><t/></si>" : "<si><r><t>" + escaped($0) + "</t></r></si>" }.joined() + "</sst>")
        for (index, part) in sheetParts.enumerated() { try add("xl/worksheets/sheet\(index + 1).xml", part) }
    }
}
