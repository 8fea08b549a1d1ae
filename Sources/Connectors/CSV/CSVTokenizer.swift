import BICore

/// Splits CSV bytes into field ranges without copying them: one flat array of fields and where
/// each row starts in it, so a file of a million rows makes no per-row allocations.
struct CSVTokenizer {
    struct Field {
        var start: Int32
        var end: Int32
        /// Quoted fields may hold doubled quotes that need unescaping.
        var isQuoted: Bool
    }

    struct Fields {
        let storage: [UInt8]
        var fields: [Field]
        /// Where each row's fields start in `fields`.
        var rowStarts: [Int]
        /// The 1-based line each row starts on, for error messages.
        var rowLines: [Int32]

        var rowCount: Int { rowStarts.count }

        /// The indexes in `fields` of row `row`'s fields.
        func range(ofRow row: Int) -> Range<Int> {
            rowStarts[row]..<(row + 1 < rowStarts.count ? rowStarts[row + 1] : fields.count)
        }

        func bytes(of field: Field) -> ArraySlice<UInt8> { storage[Int(field.start)..<Int(field.end)] }

        func isEmpty(_ field: Field) -> Bool { field.start == field.end }

        func text(of field: Field) -> String {
            let slice = bytes(of: field)
            guard field.isQuoted, slice.contains(UInt8(ascii: "\"")) else { return String(decoding: slice, as: UTF8.self) }
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

        func line(ofRow row: Int) -> Int { Int(rowLines[row]) }

        mutating func release() { fields = [] }
    }

    let bytes: [UInt8]
    let delimiter: UInt8
    let name: String

    func tokenize() throws -> Fields {
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        var fields: [Field] = []
        fields.reserveCapacity(bytes.count / 6)
        var starts: [Int] = []
        var lines: [Int32] = []
        var rowStart = 0
        var index = 0
        var line: Int32 = 1
        var rowLine: Int32 = 1
        let count = bytes.count
        while index < count {
            if bytes[index] == quote {
                let start = index + 1
                var cursor = start
                let openedOn = line
                while true {
                    guard cursor < count else {
                        throw ConnectorError(.malformed(file: name, line: Int(openedOn), message: "a quoted field is never closed"))
                    }
                    if bytes[cursor] == quote {
                        if cursor + 1 < count, bytes[cursor + 1] == quote { cursor += 2; continue }
                        break
                    }
                    if bytes[cursor] == newline { line += 1 }
                    cursor += 1
                }
                fields.append(Field(start: Int32(start), end: Int32(cursor), isQuoted: true))
                index = cursor + 1
                while index < count, bytes[index] != delimiter, bytes[index] != newline { index += 1 }   // junk after the quote
            } else {
                let start = index
                while index < count, bytes[index] != delimiter, bytes[index] != newline { index += 1 }
                var end = index
                if end > start, bytes[end - 1] == carriageReturn { end -= 1 }
                fields.append(Field(start: Int32(start), end: Int32(end), isQuoted: false))
            }
            if index < count, bytes[index] == delimiter {
                index += 1
                if index < count, bytes[index] != newline { continue }
                fields.append(Field(start: Int32(index), end: Int32(index), isQuoted: false))   // a trailing delimiter: one more, empty field
            }
            // End of line or file.
            if index < count, bytes[index] == newline { index += 1; line += 1 }
            starts.append(rowStart)
            lines.append(rowLine)
            rowLine = line
            rowStart = fields.count
        }
        if rowStart < fields.count {
            starts.append(rowStart)
            lines.append(rowLine)
        }
        return Fields(storage: bytes, fields: fields, rowStarts: starts, rowLines: lines)
    }
}
