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
        table.reserve(fields: bytes.count / 6)
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        let delimiter = delimiter
        let count = bytes.count - 1
        var index = 0, line = 1, rowLine = 1, fieldsInRow = 0
        var width = -1
        try bytes.withUnsafeBufferPointer { buffer in
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
                    table.addField(start..<cursor, flags: FieldTable.isString | (doubled ? FieldTable.hasDoubledQuotes : 0))
                    index = cursor + 1
                    while index < count, buffer[index] != delimiter, buffer[index] != newline { index += 1 }   // junk after the quote
                } else {
                    let start = index
                    while index < count, buffer[index] != delimiter, buffer[index] != newline { index += 1 }
                    var end = index
                    if end > start, buffer[end - 1] == carriageReturn { end -= 1 }
                    table.addField(start..<end, flags: 0)
                }
                fieldsInRow += 1
                if index < count, buffer[index] == delimiter {
                    index += 1
                    if index < count, buffer[index] != newline, buffer[index] != carriageReturn { continue }
                    table.addField(index..<index, flags: 0)   // a trailing delimiter: one more, empty field
                    fieldsInRow += 1
                    if index < count, buffer[index] == carriageReturn { index += 1 }
                }
                if index < count, buffer[index] == newline { index += 1; line += 1 }
                try endRow(&table, fields: &fieldsInRow, width: &width, line: rowLine)
                rowLine = line
            }
        }
        return table
    }

    /// Checks the row's width (the header's sets it); blank lines are skipped.
    private func endRow(_ table: inout FieldTable, fields: inout Int, width: inout Int, line: Int) throws {
        defer { fields = 0 }
        let first = table.starts.count - fields
        if fields == 1, table.starts[first] == table.ends[first], table.flags[first] == 0 {
            table.starts.removeLast(); table.ends.removeLast(); table.flags.removeLast()
            return
        }
        if width < 0 {
            width = fields
            table.names = FieldTable.uniqueNames((first..<table.starts.count).map { table.text(at: $0) })
            table.starts.removeAll(keepingCapacity: true); table.ends.removeAll(keepingCapacity: true); table.flags.removeAll(keepingCapacity: true)
            return
        }
        guard fields == width else {
            throw ConnectorError(.malformed(file: name, line: line, message: "\(fields) field\(fields == 1 ? "" : "s") where the header has \(width)"))
        }
        table.endRow(line: line)
    }
}
