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
        infer(table, column: column, numbersInto: nil)
    }

    /// Infers the column's type and writes its values into `cells` (row-major, `table.width` cells
    /// a row): numbers are kept from the inference pass instead of being read twice.
    static func inferAndFill(_ cells: inout [Value], from table: FieldTable, column: Int) -> ColumnType {
        let type = cells.withUnsafeMutableBufferPointer { infer(table, column: column, numbersInto: $0) }
        switch type {
        case .integer:
            break   // every non-empty field was written as an integer; empty ones are null
        case .real:
            cells.withUnsafeMutableBufferPointer { out in
                var field = column
                while field < table.starts.count {
                    if case .integer(let whole) = out[field] { out[field] = .real(Double(whole)) }   // what `real` reads from the same text
                    field += table.width
                }
            }
        default:
            fill(&cells, from: table, column: column, as: type)
        }
        return type
    }

    /// - Parameter out: where set, each field read as a number is written there too (the caller
    ///   keeps them only when the column turns out integer or real).
    private static func infer(_ table: FieldTable, column: Int, numbersInto out: UnsafeMutableBufferPointer<Value>?) -> ColumnType {
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
                if candidates & integerBit != 0 {
                    // An integer is a real too, and no boolean or date.
                    if let whole = integer(bytes) {
                        candidates &= integerBit | realBit
                        out?[field] = .integer(whole)
                        continue
                    }
                    candidates &= ~integerBit
                }
                if candidates & realBit != 0 {
                    if let number = real(bytes) { out?[field] = .real(number) } else { candidates &= ~realBit }
                }
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
        table.storage.withUnsafeBufferPointer { value(table, field: field, as: type, in: $0) }
    }

    /// The values of one column, written into `cells` (row-major, `table.width` cells a row).
    /// Numbers are read straight from the bytes: only text cells become strings.
    static func fill(_ cells: inout [Value], from table: FieldTable, column: Int, as type: ColumnType) {
        table.storage.withUnsafeBufferPointer { buffer in
            cells.withUnsafeMutableBufferPointer { out in
                var field = column
                while field < table.starts.count {
                    out[field] = value(table, field: field, as: type, in: buffer)
                    field += table.width
                }
            }
        }
    }

    private static func value(_ table: FieldTable, field: Int, as type: ColumnType, in buffer: UnsafeBufferPointer<UInt8>) -> Value {
        if table.isNull(at: field) { return .null }
        let start = table.starts[field], end = table.ends[field]
        if start == end { return type == .text || type == .unknown ? .text("") : .null }
        // A field with doubled quotes holds a quote, so it is no number: it falls through to text.
        let bytes = UnsafeBufferPointer(rebasing: buffer[start..<end])
        switch type {
        case .integer: if let number = integer(bytes) { return .integer(number) }
        case .real: if let number = real(bytes) { return .real(number) }
        case .boolean: if let flag = boolean(bytes) { return .boolean(flag) }
        case .date, .timestamp, .text, .unknown: break
        }
        return .text(table.text(at: field))
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

    /// A decimal number (`12`, `-0.5`, `1.5e-3`), in one pass: validated and, with at most 15
    /// significant digits and a power of ten up to 10^22, converted exactly by Clinger's fast path
    /// (the digits and the power are both exact doubles, so one correctly rounded multiplication
    /// or division gives what strtod gives). Longer numbers go to strtod.
    static func real(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        let count = bytes.count
        guard count > 0, count < 64 else { return nil }
        var index = 0
        var negative = false
        if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
            negative = bytes[0] == UInt8(ascii: "-")
            index = 1
        }
        // Leading zeros mark codes (`007`, `00.5`), not numbers.
        if index + 1 < count, bytes[index] == UInt8(ascii: "0"), bytes[index + 1] != UInt8(ascii: ".") { return nil }
        // Digits before and after the point; zeros before the first other digit are not significant.
        // Past 15 significant digits the mantissa is not used (strtod reads the text), so it may wrap.
        var mantissa: UInt64 = 0, digits = 0, leadingZeros = 0, scale = 0, dots = 0
        while index < count {
            let digit = bytes[index] &- 48
            guard digit < 10 else { break }
            leadingZeros &+= mantissa == 0 && digit == 0 ? 1 : 0
            mantissa = mantissa &* 10 &+ UInt64(digit)
            digits &+= 1
            index &+= 1
        }
        if index < count, bytes[index] == UInt8(ascii: ".") {
            dots = 1
            index &+= 1
            let fractionStart = index
            while index < count {
                let digit = bytes[index] &- 48
                guard digit < 10 else { break }
                leadingZeros &+= mantissa == 0 && digit == 0 ? 1 : 0
                mantissa = mantissa &* 10 &+ UInt64(digit)
                index &+= 1
            }
            digits &+= index &- fractionStart
            scale = fractionStart &- index
            if index < count, bytes[index] == UInt8(ascii: ".") { return nil }   // a second point
        }
        let significant = digits &- leadingZeros
        guard digits > 0 else { return nil }
        var exponent = 0
        if index < count {
            guard bytes[index] | 0x20 == UInt8(ascii: "e") else { return nil }
            index += 1
            var exponentNegative = false
            if index < count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            guard index < count else { return viaStrtod(bytes) }   // `1e`: strtod reads the 1
            while index < count {
                let digit = bytes[index] &- 48
                guard digit < 10 else { return nil }
                if exponent < 100_000 { exponent = exponent * 10 + Int(digit) }
                index += 1
            }
            if exponentNegative { exponent = -exponent }
        }
        scale += exponent
        guard significant <= 15, scale >= -22, scale <= 22 else { return viaStrtod(bytes) }
        let whole = Double(mantissa)
        let value = scale < 0 ? whole / powerOfTen(-scale) : whole * powerOfTen(scale)
        // `-0` reads as the integer 0; `-0.0` keeps its sign, as strtod gives it.
        return negative && (mantissa != 0 || dots != 0 || exponent != 0) ? -value : value
    }

    /// 10^n for n in 0…22, each exactly representable as a double.
    static func powerOfTen(_ n: Int) -> Double {
        switch n {
        case 0: 1e0; case 1: 1e1; case 2: 1e2; case 3: 1e3; case 4: 1e4; case 5: 1e5; case 6: 1e6; case 7: 1e7
        case 8: 1e8; case 9: 1e9; case 10: 1e10; case 11: 1e11; case 12: 1e12; case 13: 1e13; case 14: 1e14; case 15: 1e15
        case 16: 1e16; case 17: 1e17; case 18: 1e18; case 19: 1e19; case 20: 1e20; case 21: 1e21; default: 1e22
        }
    }

    /// strtod on a 0-terminated copy of text validated as a number, so it reads exactly these bytes.
    private static func viaStrtod(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
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
