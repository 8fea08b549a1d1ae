import BICore
import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The fast path of ``CSVReader`` for files of numbers only (measurements, exported series):
/// fields are read in the same pass that finds them, straight into one array of doubles per column
/// (``ResultTable/init(columns:numbers:)``, which charts read without a copy), without the
/// ``FieldTable`` of byte ranges the general path keeps for type inference. The result is the
/// general path's, value for value: fields are read as ``ColumnInference/integer(_:)`` and
/// ``ColumnInference/real(_:)`` read them (plain decimals by ``PlainDecimal`` while their end is
/// found), a column of integers stays `integer`, one with any other number becomes `real`, an
/// empty field is null and a column without values is `text`.
///
/// Anything else (a quote, a field that is not a number, a row of another width, a trailing
/// delimiter, a blank first line, an integer past 2^53) returns nil, and the general path reads
/// the file instead.
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

        // Rows are counted first (no blank lines in this path), so every value goes straight to its
        // place; large files are read in two halves on two threads.
        let parts = count - index >= 256 * 1024 ? 2 : 1
        let bounds = [index] + (1..<parts).map { part in
            var split = index + (count - index) * part / parts
            while split < count, buffer[split - 1] != newline { split += 1 }
            return split
        } + [count]
        let rowsPerPart = (0..<parts).map { part in
            let range = bounds[part]..<bounds[part + 1]
            return newlines(in: buffer, range) + (range.isEmpty || buffer[range.upperBound - 1] == newline ? 0 : 1)
        }
        let rows = rowsPerPart.reduce(0, +)
        var integers = [Bool](repeating: true, count: width)   // columns whose every value is an integer
        var valued = [Bool](repeating: false, count: width)
        let numbers = columns(width, rows: rows) { bases in
            nonisolated(unsafe) let bases = bases, text = buffer
            let results = Mutex([(ok: Bool, integers: [Bool], valued: [Bool])](repeating: (false, [], []), count: parts))
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                let first = rowsPerPart[..<part].reduce(0, +)
                let result = parse(text, bounds[part]..<bounds[part + 1], rows: rowsPerPart[part], delimiter: delimiter,
                                   into: bases.map { $0.map { $0 + first } })
                results.withLock { $0[part] = result }
            }
            for result in results.withLock({ $0 }) {
                guard result.ok else { return false }
                for column in 0..<width {
                    integers[column] = integers[column] && result.integers[column]
                    valued[column] = valued[column] || result.valued[column]
                }
            }
            return true
        }
        guard let numbers else { return nil }
        let names = FieldTable.uniqueNames(rawNames)
        let columns = (0..<width).map { Column(names[$0], !valued[$0] ? .text : integers[$0] ? .integer : .real) }
        return ResultTable(columns: columns, numbers: numbers)
    }

    /// `count` arrays of `rows` doubles, written by `fill` through their first elements' addresses
    /// (nil for no rows); nil when `fill` fails. Arrays of 2 MB and more ask for 2 MB pages: a
    /// million rows are 8 MB a column, two thousand page faults in 4 KB pages.
    private static func columns(_ count: Int, rows: Int, filledBy fill: ([UnsafeMutablePointer<Double>?]) -> Bool) -> [[Double]]? {
        var bases: [UnsafeMutablePointer<Double>?] = []
        var filled = false
        func make(_ column: Int) -> [[Double]] {
            guard column < count else {
                filled = fill(bases)
                return []
            }
            var rest: [[Double]] = []
            let values = [Double](unsafeUninitializedCapacity: rows) { buffer, initialized in
                adviseHugePages(UnsafeMutableRawBufferPointer(buffer))
                bases.append(buffer.baseAddress)
                rest = make(column + 1)
                initialized = filled ? rows : 0
            }
            return [values] + rest
        }
        let arrays = make(0)
        return filled ? arrays : nil
    }

    private static func adviseHugePages(_ buffer: UnsafeMutableRawBufferPointer) {
        #if os(Linux)
        guard let start = buffer.baseAddress else { return }
        let hugePage = 2 << 20
        let first = (Int(bitPattern: start) + hugePage - 1) & ~(hugePage - 1)
        let last = (Int(bitPattern: start) + buffer.count) & ~(hugePage - 1)
        if last > first { _ = madvise(UnsafeMutableRawPointer(bitPattern: first), last - first, 14) }   // MADV_HUGEPAGE
        #endif
    }

    /// Reads `rows` rows from `range` into `out` (one address per column, at the part's first row);
    /// not ok on anything the general path must read (a blank line, a row of another width, a field
    /// that is not a number) or keeps apart from a double (an integer past 2^53).
    private static func parse(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, rows: Int, delimiter: UInt8,
                              into out: [UnsafeMutablePointer<Double>?]) -> (ok: Bool, integers: [Bool], valued: [Bool]) {
        var integers = [Bool](repeating: true, count: out.count), valued = [Bool](repeating: false, count: out.count)
        // The flags of each column are set field by field: through pointers, without the checks of arrays.
        let ok = integers.withUnsafeMutableBufferPointer { integers in
            valued.withUnsafeMutableBufferPointer { valued in
                out.withUnsafeBufferPointer { out in
                    parse(buffer, range, rows: rows, delimiter: delimiter, into: out, integers: integers, valued: valued)
                }
            }
        }
        return (ok, integers, valued)
    }

    private static func parse(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, rows: Int, delimiter: UInt8,
                              into out: UnsafeBufferPointer<UnsafeMutablePointer<Double>?>,
                              integers: UnsafeMutableBufferPointer<Bool>, valued: UnsafeMutableBufferPointer<Bool>) -> Bool {
        let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        let width = integers.count
        let exactWholes: ClosedRange<Int64> = -(1 << 53)...(1 << 53)
        var index = range.lowerBound
        let end = range.upperBound
        for row in 0..<rows {
            guard index < end, buffer[index] != newline, buffer[index] != carriageReturn || index + 1 < end && buffer[index + 1] != newline else { return false }
            for column in 0..<width {
                let start = index
                // The field's end as the general path finds it, usually right where its number stops.
                let number = PlainDecimal(buffer, from: start, to: end)
                index = number.end
                while index < end, buffer[index] != delimiter, buffer[index] != newline { index += 1 }
                var fieldEnd = index
                if fieldEnd > start, buffer[fieldEnd - 1] == carriageReturn { fieldEnd -= 1 }
                if column < width - 1 {
                    guard index < end, buffer[index] == delimiter else { return false }   // too few fields
                } else {
                    guard index == end || buffer[index] == newline else { return false }   // too many fields
                }
                index += 1
                let value: Double
                if fieldEnd == start {
                    value = .nan   // null
                } else {
                    valued[column] = true
                    let plain = number.end == fieldEnd
                    if integers[column], plain, let whole = number.integer {
                        guard exactWholes.contains(whole) else { return false }
                        value = Double(whole)
                    } else if plain, let real = number.real {
                        integers[column] = false
                        value = real
                    } else {
                        switch generalNumber(UnsafeBufferPointer(rebasing: buffer[start..<fieldEnd]), integer: integers[column]) {
                        case .integer(let whole)? where exactWholes.contains(whole): value = Double(whole)
                        case .real(let real)?:
                            integers[column] = false
                            value = real
                        default: return false
                        }
                    }
                }
                out[column]![row] = value
            }
        }
        return index >= end
    }

    /// A field that is not a plain decimal (`1e6`, `-0.5E-3`, 17 digits) as the general path reads it:
    /// an integer while the column may still be one, else a real; nil when it is no number.
    private static func generalNumber(_ field: UnsafeBufferPointer<UInt8>, integer: Bool) -> Value? {
        if integer, let whole = ColumnInference.integer(field) { return .integer(whole) }
        return ColumnInference.real(field).map { .real($0) }
    }

    /// Line feeds in `range`, sixteen bytes at a time.
    private static func newlines(in buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        let raw = UnsafeRawPointer(buffer.baseAddress!)
        var total = 0, index = range.lowerBound
        let newline = SIMD16<UInt8>(repeating: UInt8(ascii: "\n"))
        while index + 16 <= range.upperBound {
            var tally = SIMD16<UInt8>(repeating: 0)
            let blockEnd = Swift.min(range.upperBound, index + 255 * 16)
            while index + 16 <= blockEnd {
                tally &+= SIMD16<UInt8>(repeating: 0).replacing(with: 1, where: raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self) .== newline)
                index += 16
            }
            for lane in 0..<16 { total += Int(tally[lane]) }
        }
        while index < range.upperBound { total += buffer[index] == UInt8(ascii: "\n") ? 1 : 0; index += 1 }
        return total
    }
}
