import BICore
import Foundation

/// Reads CSV and TSV files: RFC 4180 quoting (embedded delimiters, quotes and newlines), a
/// byte-order mark, `,` `;` or tab delimiters (detected from the header line), UTF-8 or Latin-1
/// text, and column types inferred from every value.
///
/// ```swift
/// let table = try CSVReader().read(path: "data/sales.csv")
/// ```
public struct CSVReader: Sendable {
    /// Column types to use instead of inferring them, by column name.
    public var types: [String: ColumnType]

    public init(types: [String: ColumnType] = [:]) { self.types = types }

    /// The whole file as a result, for small files (`bi chart --data`); file sources load into the cache instead.
    public func read(path: String) throws -> ResultTable {
        try read(bytes: CSVReader.contents(of: path), name: path)
    }

    /// - Parameter name: the file name used in error messages.
    public func read(bytes: [UInt8], name: String) throws -> ResultTable {
        let fields = try CSVReader.fields(of: bytes, name: name)
        let columns = fields.names.enumerated().map { index, columnName in
            Column(columnName, types[columnName] ?? ColumnInference.infer(fields, column: index))
        }
        var cells: [Value] = []
        cells.reserveCapacity(fields.starts.count)
        for field in fields.starts.indices {
            cells.append(ColumnInference.value(fields, field: field, as: columns[field % fields.width].type))
        }
        return ResultTable(columns: columns, cells: cells)
    }

    /// The file's bytes, or a missing-file error.
    static func contents(of path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConnectorError(.missingFile(path))
        }
        return [UInt8](data)
    }

    /// Decodes, strips a byte-order mark, detects the delimiter and splits the fields.
    static func fields(of input: [UInt8], name: String) throws -> FieldTable {
        var bytes = TextDecoding.utf8(input)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let delimiter = detectDelimiter(bytes)
        bytes.append(0)
        return try CSVTokenizer(delimiter: delimiter, name: name).tokenize(bytes)
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
}
