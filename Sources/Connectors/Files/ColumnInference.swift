import BICore
#if canImport(Glibc)
import Glibc
#endif

/// Decides a column's type from its raw text fields, and reads fields as typed values.
///
/// The narrowest type every non-empty value fits wins: integer, decimal (`real`), boolean
/// (`true`/`false`), date (`2025-12-31`), timestamp (`2025-12-31T07:00:00`, `2025-12-31 07:00`),
/// else text. Numbers with a leading zero (`007`, zip codes) stay text.
enum ColumnInference {
    private static let integerBit: UInt8 = 1, realBit: UInt8 = 2, booleanBit: UInt8 = 4, dateBit: UInt8 = 8, timestampBit: UInt8 = 16

    static func infer(_ table: FieldTable, column: Int) -> ColumnType {
        var candidates = integerBit | realBit | booleanBit | dateBit | timestampBit
        var sawValue = false
        table.storage.withUnsafeBufferPointer { buffer in
            var field = column
            while field < table.starts.count, candidates != 0 {
                defer { field += table.width }
                let start = table.starts[field], end = table.ends[field]
                guard end > start else { continue }
                sawValue = true
                let bytes = UnsafeBufferPointer(rebasing: buffer[start..<end])
                if candidates & integerBit != 0, integer(bytes) == nil { candidates &= ~integerBit }
                if candidates & realBit != 0, real(bytes) == nil { candidates &= ~realBit }
                if candidates & booleanBit != 0, boolean(bytes) == nil { candidates &= ~booleanBit }
                if candidates & (dateBit | timestampBit) != 0 {
                    let isDate = isDate(bytes)
                    if !isDate { candidates &= ~dateBit }
                    if !isDate, !isTimestamp(bytes) { candidates &= ~timestampBit }
                }
            }
        }
        guard sawValue else { return .text }
        if candidates & integerBit != 0 { return .integer }
        if candidates & realBit != 0 { return .real }
        if candidates & booleanBit != 0 { return .boolean }
        if candidates & dateBit != 0 { return .date }
        if candidates & timestampBit != 0 { return .timestamp }
        return .text
    }

    /// The field as a value of `type`; values that do not fit it stay text.
    static func value(_ table: FieldTable, field: Int, as type: ColumnType) -> Value {
        if table.isNull(at: field) { return .null }
        let text = table.text(at: field)
        if text.isEmpty { return type == .text || type == .unknown ? .text("") : .null }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            switch type {
            case .integer: integer(buffer).map(Value.integer) ?? .text(text)
            case .real: real(buffer).map(Value.real) ?? .text(text)
            case .boolean: boolean(buffer).map(Value.boolean) ?? .text(text)
            case .date, .timestamp, .text, .unknown: .text(text)
            }
        }
    }

    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        var index = 0
        var negative = false
        guard !bytes.isEmpty else { return nil }
        if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
            negative = bytes[0] == UInt8(ascii: "-")
            index = 1
        }
        let digits = bytes.count - index
        guard digits > 0, digits <= 18, !(bytes[index] == UInt8(ascii: "0") && digits > 1) else { return nil }
        var result: Int64 = 0
        while index < bytes.count {
            let digit = bytes[index] &- 48
            guard digit < 10 else { return nil }
            result = result &* 10 &+ Int64(digit)
            index += 1
        }
        return negative ? -result : result
    }

    static func real(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        if let whole = integer(bytes) { return Double(whole) }
        var index = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
        // Leading zeros mark codes (`007`, `00.5`), not numbers.
        if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "0"), bytes[index + 1] != UInt8(ascii: ".") { return nil }
        var digits = 0, dots = 0, exponent = false
        for position in index..<bytes.count {
            switch bytes[position] {
            case 48...57: digits += 1
            case UInt8(ascii: "."): dots += 1; if dots > 1 || exponent { return nil }
            case UInt8(ascii: "e"), UInt8(ascii: "E"): if exponent || digits == 0 { return nil }; exponent = true
            case UInt8(ascii: "-"), UInt8(ascii: "+"):
                guard exponent, bytes[position - 1] | 0x20 == UInt8(ascii: "e") else { return nil }
            default: return nil
            }
        }
        guard digits > 0, bytes.count < 64 else { return nil }
        // strtod on a 0-terminated copy: validated above, so it reads exactly these bytes.
        let value = withUnsafeTemporaryAllocation(of: CChar.self, capacity: bytes.count + 1) { copy in
            for index in 0..<bytes.count { copy[index] = CChar(bitPattern: bytes[index]) }
            copy[bytes.count] = 0
            return strtod(copy.baseAddress!, nil)
        }
        return value.isFinite ? value : nil
    }

    static func boolean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        func equals(_ word: StaticString) -> Bool {
            bytes.count == word.utf8CodeUnitCount && zip(bytes, UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
                .allSatisfy { $0 | 0x20 == $1 }
        }
        if equals("true") { return true }
        if equals("false") { return false }
        return nil
    }

    /// `YYYY-MM-DD`, a real day.
    static func isDate(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = number(bytes, 0..<4), let month = number(bytes, 5..<7), let day = number(bytes, 8..<10) else { return false }
        return Day(year: year, month: month, day: day) != nil
    }

    /// A date, `T` or a space, `HH:MM`, then seconds, fractions and a zone.
    static func isTimestamp(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 16, isDate(UnsafeBufferPointer(rebasing: bytes[0..<10])),
              bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
              let hour = number(bytes, 11..<13), hour < 24, bytes[13] == UInt8(ascii: ":"), let minute = number(bytes, 14..<16), minute < 60
        else { return false }
        return bytes[16...].allSatisfy { ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".")
            || $0 == UInt8(ascii: "Z") || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
    }

    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var result = 0
        for index in range {
            let digit = bytes[index] &- 48
            guard digit < 10 else { return nil }
            result = result * 10 + Int(digit)
        }
        return result
    }
}
