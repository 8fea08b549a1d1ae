import BICore
#if canImport(Glibc)
import Glibc
#endif

/// The fast path of ``CSVReader`` for files of numbers only (measurements, exported series):
/// fields are read into values in the same pass that finds them, without the ``FieldTable`` of
/// byte ranges the general path keeps for type inference. The result is the general path's,
/// value for value: ``ColumnInference/integer(_:)`` and ``ColumnInference/real(_:)`` read the
/// fields, a column of integers stays `integer`, one with any other number becomes `real`, an
/// empty field is null and a column without values is `text`.
///
/// Anything else (a quote, a field that is not a number, a row of another width, a trailing
/// delimiter, a blank first line) returns nil, and the general path reads the file instead.
enum NumericCSV {
    /// - Parameters:
    ///   - buffer: UTF-8 text without a byte-order mark.
    static func table(_ buffer: UnsafeBufferPointer<UInt8>, delimiter: UInt8) -> ResultTable? {
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        let count = buffer.count
        guard count > 0, memchr(buffer.baseAddress!, Int32(quote), count) == nil else { return nil }

        // The header: names as the general path makes them.
        var index = 0
        var rawNames: [String] = []
        while true {
            let start = index
            while index < count, buffer[index] != delimiter, buffer[index] != newline { index += 1 }
            var end = index
            if end > start, buffer[end - 1] == carriageReturn { end -= 1 }
            rawNames.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self))
            guard index < count, buffer[index] == delimiter else { break }
            index += 1
            guard index < count, buffer[index] != newline, buffer[index] != carriageReturn else { return nil }   // trailing delimiter
        }
        if index < count { index += 1 }
        guard !(rawNames.count == 1 && rawNames[0].isEmpty) else { return nil }   // a blank first line
        let width = rawNames.count

        var cells: [Value] = []
        cells.reserveCapacity(count / 6 + width)
        var integers = [Bool](repeating: true, count: width)   // columns whose every value so far is an integer
        var valued = [Bool](repeating: false, count: width)
        while index < count {
            // A blank line (the general path skips it).
            if buffer[index] == newline { index += 1; continue }
            if buffer[index] == carriageReturn, index + 1 == count || buffer[index + 1] == newline { index += 2; continue }
            for column in 0..<width {
                let start = index
                while index < count, buffer[index] != delimiter, buffer[index] != newline { index += 1 }
                var end = index
                if end > start, buffer[end - 1] == carriageReturn { end -= 1 }
                if column < width - 1 {
                    guard index < count, buffer[index] == delimiter else { return nil }   // too few fields
                    index += 1
                } else {
                    guard index == count || buffer[index] == newline else { return nil }   // too many fields
                    index += 1
                }
                guard end > start else { cells.append(.null); continue }
                valued[column] = true
                let field = UnsafeBufferPointer(rebasing: buffer[start..<end])
                if integers[column], let whole = ColumnInference.integer(field) {
                    cells.append(.integer(whole))
                } else if let number = ColumnInference.real(field) {
                    integers[column] = false
                    cells.append(.real(number))
                } else {
                    return nil
                }
            }
        }

        // A column with any non-integer number is real: its integers read as `real` reads them.
        let mixed = (0..<width).filter { valued[$0] && !integers[$0] }
        if !mixed.isEmpty {
            cells.withUnsafeMutableBufferPointer { out in
                for column in mixed {
                    var cell = column
                    while cell < out.count {
                        if case .integer(let whole) = out[cell] { out[cell] = .real(Double(whole)) }
                        cell += width
                    }
                }
            }
        }
        let names = FieldTable.uniqueNames(rawNames)
        let columns = (0..<width).map { Column(names[$0], !valued[$0] ? .text : integers[$0] ? .integer : .real) }
        return ResultTable(columns: columns, cells: cells)
    }
}
