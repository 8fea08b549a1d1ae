import BICore
import Foundation
import ZIPFoundation

/// Reads the sheets of an Excel `.xlsx` workbook as tables: the first non-empty row names the
/// columns; shared and inline strings, numbers, booleans, and numbers formatted as dates (Excel
/// serial days, 1900 or 1904 system) as ISO dates and timestamps.
struct XLSXWorkbook {
    let archive: Archive
    /// The file name for messages.
    let name: String

    init(path: String, name: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw ConnectorError(.missingFile(name)) }
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw ConnectorError(.malformed(file: name, line: 1, message: "not an .xlsx workbook (not a ZIP archive)"))
        }
        self.name = name
    }

    /// Every sheet, in workbook order, as (sheet name, rows).
    func sheets() throws -> [(name: String, table: FieldTable)] {
        var workbook = XMLScanner(try part("xl/workbook.xml"))
        var sheets: [(name: String, id: String)] = []
        var uses1904 = false
        while let tag = workbook.nextTag() {
            if tag.named("workbookPr"), let flag = tag.attribute("date1904") { uses1904 = flag == "1" || flag == "true" }
            if tag.named("sheet"), !tag.isClosing, let sheet = tag.attribute("name"), let id = tag.attribute("id") { sheets.append((sheet, id)) }
        }
        let targets = try relationships()
        let strings = try sharedStrings()
        let dateStyles = XLSXStyles(xml: (try? part("xl/styles.xml")) ?? []).dateStyles
        return try sheets.map { sheet in
            guard let target = targets[sheet.id] else {
                throw ConnectorError(.malformed(file: name, line: 1, message: "sheet '\(sheet.name)' has no part in the workbook"))
            }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            var reader = XLSXSheetReader(strings: strings, dateStyles: dateStyles, uses1904: uses1904)
            return (sheet.name, reader.read(try part(path)))
        }
    }

    private func relationships() throws -> [String: String] {
        var scanner = XMLScanner(try part("xl/_rels/workbook.xml.rels"))
        var targets: [String: String] = [:]
        while let tag = scanner.nextTag() {
            if tag.named("Relationship"), let id = tag.attribute("Id"), let target = tag.attribute("Target") { targets[id] = target }
        }
        return targets
    }

    private func sharedStrings() throws -> [String] {
        guard archive["xl/sharedStrings.xml"] != nil else { return [] }
        var scanner = XMLScanner(try part("xl/sharedStrings.xml"))
        var strings: [String] = []
        var current = ""
        var inPhonetic = false
        while let tag = scanner.nextTag() {
            if tag.named("si") {
                if tag.isClosing { strings.append(current) } else if tag.isSelfClosing { strings.append("") } else { current = "" }
            } else if tag.named("rPh") {
                inPhonetic = !tag.isClosing && !tag.isSelfClosing
            } else if tag.named("t"), !tag.isClosing, !tag.isSelfClosing, !inPhonetic {
                current += scanner.text()
            }
        }
        return strings
    }

    private func part(_ path: String) throws -> [UInt8] {
        guard let entry = archive[path] else {
            throw ConnectorError(.malformed(file: name, line: 1, message: "not an .xlsx workbook (no \(path))"))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(entry.uncompressedSize))
        _ = try archive.extract(entry, skipCRC32: true) { chunk in bytes.append(contentsOf: chunk) }
        return bytes
    }
}
