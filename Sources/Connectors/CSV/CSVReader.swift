import BICore
import Foundation

/// Reads CSV and TSV files into typed results: RFC 4180 quoting (embedded delimiters, quotes and
/// newlines), a byte-order mark, `,` `;` or tab delimiters (detected from the header line),
/// UTF-8 or Latin-1 text, and column types inferred from every value.
///
/// ```swift
/// let table = try CSVReader().read(path: "data/sales.csv")
/// ```
public struct CSVReader: Sendable {
    /// Column types to use instead of inferring them, by column name.
    public var types: [String: ColumnType]

    public init(types: [String: ColumnType] = [:]) { self.types = types }

    public func read(path: String) throws -> ResultTable {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConnectorError(.cannotOpen("cannot read '\(path)': no such file or not readable"))
        }
        return try read(bytes: [UInt8](data), name: path)
    }

    /// - Parameter name: the file name used in error messages.
    public func read(bytes input: [UInt8], name: String) throws -> ResultTable {
        var bytes = TextDecoding.utf8(input)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let delimiter = CSVReader.detectDelimiter(bytes)
        var fields = try CSVTokenizer(bytes: bytes, delimiter: delimiter, name: name).tokenize()
        guard fields.rowCount > 0 else { return ResultTable(columns: [], cells: []) }
        let names = CSVReader.uniqueNames(fields.range(ofRow: 0).map { fields.text(of: fields.fields[$0]) })
        let width = names.count
        // Rows whose first field starts at these indexes (blank lines are skipped).
        var dataRows: [Int] = []
        dataRows.reserveCapacity(fields.rowCount)
        for row in 1..<fields.rowCount {
            let range = fields.range(ofRow: row)
            if range.count == width {
                dataRows.append(range.lowerBound)
            } else if !(range.count == 1 && fields.isEmpty(fields.fields[range.lowerBound])) {
                throw ConnectorError(.malformed(file: name, line: fields.line(ofRow: row),
                                                message: "\(range.count) fields where the header has \(width)"))
            }
        }
        var columns: [Column] = []
        for (index, columnName) in names.enumerated() {
            let type = types[columnName] ?? CSVTypeInference.infer(dataRows.lazy.map { fields.bytes(of: fields.fields[$0 + index]) })
            columns.append(Column(columnName, type))
        }
        var cells: [Value] = []
        cells.reserveCapacity(dataRows.count * width)
        for start in dataRows {
            for index in 0..<width {
                let field = fields.fields[start + index]
                cells.append(CSVTypeInference.value(fields.bytes(of: field), quoted: field.isQuoted, as: columns[index].type, unescape: { fields.text(of: field) }))
            }
        }
        fields.release()
        return ResultTable(columns: columns, cells: cells)
    }

    /// The delimiter that splits the first line into the most fields: `,` `;` or tab.
    static func detectDelimiter(_ bytes: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
        var inQuotes = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
            if !inQuotes, byte == UInt8(ascii: "\n") { break }
            if !inQuotes, counts[byte] != nil { counts[byte]! += 1 }
        }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }!.key
    }

    /// Empty header names become `column_N`; repeated ones get `_2`, `_3`.
    static func uniqueNames(_ names: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return names.enumerated().map { index, raw in
            let name = raw.trimming(" \t\r").isEmpty ? "column_\(index + 1)" : raw.trimming(" \t\r")
            seen[name, default: 0] += 1
            return seen[name]! == 1 ? name : "\(name)_\(seen[name]!)"
        }
    }
}
