import BICore

/// Rows of raw text fields over one byte buffer, flat and without a `String` per cell: what file
/// sources (CSV, XLSX, JSON) read before types are inferred and the rows go into the cache.
///
/// A field is a byte range plus flags: whether it was a string (so empty means `""`, not null) and
/// whether doubled quotes inside it still need unescaping (CSV).
public struct FieldTable: Sendable {
    public internal(set) var names: [String]
    /// The bytes the fields point into, with one 0 byte after the last so C parsers stop there.
    var storage: [UInt8]
    var starts: [Int] = []
    var ends: [Int] = []
    var flags: [UInt8] = []
    /// The 1-based line each row starts on in its file, for messages.
    var rowLines: [Int] = []

    static let isString: UInt8 = 1
    static let hasDoubledQuotes: UInt8 = 2

    init(names: [String], storage: [UInt8] = []) {
        self.names = names
        self.storage = storage
    }

    public var width: Int { names.count }
    public var rowCount: Int { width == 0 ? 0 : starts.count / width }

    func index(row: Int, column: Int) -> Int { row * width + column }

    func bytes(at field: Int) -> ArraySlice<UInt8> { storage[starts[field]..<ends[field]] }

    func isNull(at field: Int) -> Bool { starts[field] == ends[field] && flags[field] & FieldTable.isString == 0 }

    /// The field's text, with doubled quotes made single.
    func text(at field: Int) -> String {
        let slice = bytes(at: field)
        guard flags[field] & FieldTable.hasDoubledQuotes != 0 else { return String(decoding: slice, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        var previousQuote = false
        for byte in slice {
            if byte == UInt8(ascii: "\""), previousQuote { previousQuote = false; continue }
            previousQuote = byte == UInt8(ascii: "\"")
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    mutating func reserve(fields: Int) {
        starts.reserveCapacity(fields)
        ends.reserveCapacity(fields)
        flags.reserveCapacity(fields)
    }

    /// Adds a field pointing into `storage`.
    mutating func addField(_ range: Range<Int>, flags: UInt8) {
        starts.append(range.lowerBound)
        ends.append(range.upperBound)
        self.flags.append(flags)
    }

    /// Appends `text` to the storage and adds a field for it (XLSX and JSON values).
    mutating func add(_ text: some StringProtocol, isString: Bool = true) {
        let start = storage.count
        storage.append(contentsOf: text.utf8)
        addField(start..<storage.count, flags: isString ? FieldTable.isString : 0)
    }

    mutating func addNull() { addField(storage.count..<storage.count, flags: 0) }

    mutating func endRow(line: Int) { rowLines.append(line) }

    /// Adds the 0 byte after the last field; call once all fields are in.
    mutating func seal() { storage.append(0) }
}

extension FieldTable {
    /// Empty header names become `column_N`; repeated ones get `_2`, `_3`.
    static func uniqueNames(_ names: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return names.enumerated().map { index, raw in
            let name = raw.trimming(" \t\r\n").isEmpty ? "column_\(index + 1)" : raw.trimming(" \t\r\n")
            seen[name, default: 0] += 1
            return seen[name]! == 1 ? name : "\(name)_\(seen[name]!)"
        }
    }
}
