import BICore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

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
        if types.isEmpty, let table = CSVReader.numericTable(mapping: path) { return table }
        return try read(decoded: CSVReader.decoded(CSVReader.contents(of: path)), name: path)
    }

    /// - Parameter name: the file name used in error messages.
    public func read(bytes: [UInt8], name: String) throws -> ResultTable {
        try read(decoded: CSVReader.decoded(bytes), name: name)
    }

    private func read(decoded bytes: consuming [UInt8], name: String) throws -> ResultTable {
        let delimiter = CSVReader.detectDelimiter(bytes)
        if types.isEmpty, let table = bytes.withUnsafeBufferPointer({ NumericCSV.table($0, delimiter: delimiter) }) { return table }
        bytes.append(0)
        return table(try CSVTokenizer(delimiter: delimiter, name: name).tokenize(bytes))
    }

    private func table(_ fields: FieldTable) -> ResultTable {
        var cells = [Value](repeating: .null, count: fields.starts.count)
        var columns: [Column] = []
        for (index, name) in fields.names.enumerated() {
            if let type = types[name] {
                ColumnInference.fill(&cells, from: fields, column: index, as: type)
                columns.append(Column(name, type))
            } else {
                columns.append(Column(name, ColumnInference.inferAndFill(&cells, from: fields, column: index)))
            }
        }
        return ResultTable(columns: columns, cells: cells)
    }

    /// A file of numbers read through a memory mapping of the page cache: no copy of the file,
    /// and one page fault per 64 KB instead of one per 4 KB of a freshly allocated buffer. Nil
    /// (and the general path reads the file) for anything but an ASCII file ``NumericCSV`` reads.
    static func numericTable(mapping path: String) -> ResultTable? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0 else { return nil }
        let size = Int(status.st_size)
        guard let mapping = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), mapping != MAP_FAILED else { return nil }
        defer { munmap(mapping, size) }
        let bytes = UnsafeBufferPointer(start: mapping.assumingMemoryBound(to: UInt8.self), count: size)
        guard TextDecoding.isASCII(UnsafeRawBufferPointer(bytes)) else { return nil }
        return NumericCSV.table(bytes, delimiter: detectDelimiter(bytes))
    }

    /// The file's bytes, or a missing-file error. Read with one `read` into room for the 0 byte the
    /// tokenizer appends, so the buffer is neither copied nor grown.
    static func contents(of path: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ConnectorError(.missingFile(path)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            guard let data = FileManager.default.contents(atPath: path) else { throw ConnectorError(.missingFile(path)) }
            return [UInt8](data)   // a pipe or device: read however it streams
        }
        let size = Int(status.st_size)
        var total = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            while total < size {
                let got = Glibc.read(descriptor, buffer.baseAddress! + total, size - total)
                if got <= 0 { break }
                total += got
            }
            count = total
        }
        guard total == size else { throw ConnectorError(.cannotOpen("cannot read \(path)")) }
        return bytes
    }

    /// Decodes, strips a byte-order mark, detects the delimiter and splits the fields.
    static func fields(of input: consuming [UInt8], name: String) throws -> FieldTable {
        var bytes = decoded(input)
        let delimiter = detectDelimiter(bytes)
        bytes.append(0)
        return try CSVTokenizer(delimiter: delimiter, name: name).tokenize(bytes)
    }

    /// UTF-8 (Latin-1 is converted) without a byte-order mark. An owned buffer stays the same
    /// buffer, so the tokenizer's 0 byte goes into its spare capacity without a copy.
    static func decoded(_ input: consuming [UInt8]) -> [UInt8] {
        var bytes = consume input
        if !TextDecoding.isValidUTF8(bytes) { bytes = TextDecoding.utf8(bytes) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        return bytes
    }

    /// The delimiter that splits the first line into the most fields: `,` `;` or tab (tab, then `,`,
    /// on a tie). Counted in plain variables: a `[UInt8: Int]` costs its first use a lookup through
    /// every protocol conformance in bi, longer than reading the line.
    static func detectDelimiter(_ bytes: some Collection<UInt8>) -> UInt8 {
        let comma = UInt8(ascii: ","), semicolon = UInt8(ascii: ";"), tab = UInt8(ascii: "\t")
        var commas = 0, semicolons = 0, tabs = 0
        var inQuotes = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
            if inQuotes { continue }
            if byte == UInt8(ascii: "\n") { break }
            if byte == comma { commas += 1 } else if byte == semicolon { semicolons += 1 } else if byte == tab { tabs += 1 }
        }
        if tabs >= commas, tabs >= semicolons { return tab }
        return commas >= semicolons ? comma : semicolon
    }
}
