import BICore

/// Splits CSV bytes into a ``FieldTable`` without copying them: RFC 4180 quoting (delimiters,
/// doubled quotes and newlines inside quotes), CRLF or LF line ends, and the header as names.
struct CSVTokenizer {
    let delimiter: UInt8
    /// The file name for messages.
    let name: String

    /// - Parameter bytes: UTF-8 text without a byte-order mark, followed by one 0 byte.
    func tokenize(_ bytes: [UInt8]) throws -> FieldTable {
        var table = FieldTable(names: [], storage: bytes)
        // The fields are gathered in arrays local to the scan (appending to the table's own arrays
        // through the closure costs several times more per field), then handed over.
        let fields = try bytes.withUnsafeBufferPointer { buffer in try scan(buffer, count: bytes.count - 1) }
        table.starts = fields.starts
        table.ends = fields.ends
        table.flags = fields.flags
        table.rowLines = fields.rowLines
        table.names = fields.header.map { FieldTable.uniqueNames($0) } ?? []
        return table
    }

    private struct Fields {
        var starts: [Int] = [], ends: [Int] = [], flags: [UInt8] = [], rowLines: [Int] = []
        var header: [String]?
    }

    private func scan(_ buffer: UnsafeBufferPointer<UInt8>, count: Int) throws -> Fields {
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        let delimiter = delimiter
        var starts: [Int] = [], ends: [Int] = [], flags: [UInt8] = [], rowLines: [Int] = []
        starts.reserveCapacity(count / 6 + 16)
        ends.reserveCapacity(count / 6 + 16)
        flags.reserveCapacity(count / 6 + 16)
        var header: [String]?
        var index = 0, line = 1, rowLine = 1, rowStart = 0
        var width = -1
        while index < count {
            if buffer[index] == quote {
                let start = index + 1
                var cursor = start
                var doubled = false
                while true {
                    guard cursor < count else {
                        throw ConnectorError(.malformed(file: name, line: rowLine, message: "a quoted field is never closed"))
                    }
                    let byte = buffer[cursor]
                    if byte == quote {
                        if cursor + 1 < count, buffer[cursor + 1] == quote { cursor += 2; doubled = true; continue }
                        break
                    }
                    if byte == newline { line += 1 }
                    cursor += 1
                }
                starts.append(start)
                ends.append(cursor)
                flags.append(FieldTable.isString | (doubled ? FieldTable.hasDoubledQuotes : 0))
                index = cursor + 1
                while index < count, buffer[index] != delimiter, buffer[index] != newline { index += 1 }   // junk after the quote
            } else {
                let start = index
                while index < count {
                    let byte = buffer[index]
                    if byte == delimiter || byte == newline { break }
                    index += 1
                }
                var end = index
                if end > start, buffer[end - 1] == carriageReturn { end -= 1 }
                starts.append(start)
                ends.append(end)
                flags.append(0)
            }
            if index < count, buffer[index] == delimiter {
                index += 1
                if index < count, buffer[index] != newline, buffer[index] != carriageReturn { continue }
                starts.append(index)   // a trailing delimiter: one more, empty field
                ends.append(index)
                flags.append(0)
                if index < count, buffer[index] == carriageReturn { index += 1 }
            }
            if index < count, buffer[index] == newline { index += 1; line += 1 }

            // The end of a row: blank lines are skipped, the header's width is every row's.
            let fields = starts.count - rowStart
            if fields == 1, starts[rowStart] == ends[rowStart], flags[rowStart] == 0 {
                starts.removeLast(); ends.removeLast(); flags.removeLast()
            } else if width < 0 {
                width = fields
                var names = FieldTable(names: [], storage: Array(buffer[0..<index]))   // the header line only
                for field in rowStart..<starts.count { names.addField(starts[field]..<ends[field], flags: flags[field]) }
                header = (0..<fields).map { names.text(at: $0) }
                starts.removeAll(keepingCapacity: true); ends.removeAll(keepingCapacity: true); flags.removeAll(keepingCapacity: true)
            } else if fields != width {
                throw ConnectorError(.malformed(file: name, line: rowLine, message: "\(fields) field\(fields == 1 ? "" : "s") where the header has \(width)"))
            } else {
                rowLines.append(rowLine)
            }
            rowStart = starts.count
            rowLine = line
        }
        return Fields(starts: starts, ends: ends, flags: flags, rowLines: rowLines, header: header)
    }
}
