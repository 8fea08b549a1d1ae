import BICore

/// Decides a column's type from its raw values and converts values to it.
enum CSVTypeInference {
    /// The narrowest type every non-empty value fits: integer, real, boolean, date, timestamp, else text.
    /// Integers with leading zeros (`007`, zip codes) stay text.
    static func infer<S: Sequence>(_ values: S) -> ColumnType where S.Element == ArraySlice<UInt8> {
        // Candidates as bits (integer, real, boolean, date, timestamp): no hashing per value.
        let order: [ColumnType] = [.integer, .real, .boolean, .date, .timestamp]
        var candidates: UInt8 = 0b11111
        var sawValue = false
        for value in values where !value.isEmpty {
            sawValue = true
            if candidates & 1 != 0, integer(value) == nil { candidates &= ~1 }
            if candidates & 2 != 0, candidates & 1 == 0, real(value) == nil { candidates &= ~2 }
            if candidates & 4 != 0, boolean(value) == nil { candidates &= ~4 }
            if candidates & 24 != 0 {
                let text = String(decoding: value, as: UTF8.self)
                let isDay = Day(iso: text) != nil
                if !isDay { candidates &= ~8 }
                if !isDay, !Timestamp.isISO(text) { candidates &= ~16 }
            }
            if candidates == 0 { return .text }
        }
        guard sawValue else { return .text }
        for (bit, type) in order.enumerated() where candidates & (1 << bit) != 0 { return type }
        return .text
    }

    static func value(_ bytes: ArraySlice<UInt8>, quoted: Bool, as type: ColumnType, unescape: () -> String) -> Value {
        if bytes.isEmpty { return type == .text && quoted ? .text("") : .null }
        switch type {
        case .integer: return integer(bytes).map(Value.integer) ?? .null
        case .real: return real(bytes).map(Value.real) ?? .null
        case .boolean: return boolean(bytes).map(Value.boolean) ?? .null
        case .date, .timestamp, .text, .unknown: return .text(unescape())
        }
    }

    static func integer(_ bytes: ArraySlice<UInt8>) -> Int64? {
        var index = bytes.startIndex
        var negative = false
        if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        guard index < bytes.endIndex, bytes.endIndex - index <= 18 else { return nil }
        if bytes[index] == UInt8(ascii: "0"), bytes.endIndex - index > 1 { return nil }
        var result: Int64 = 0
        while index < bytes.endIndex {
            let digit = bytes[index] &- 48
            guard digit < 10 else { return nil }
            result = result * 10 + Int64(digit)
            index += 1
        }
        return negative ? -result : result
    }

    static func real(_ bytes: ArraySlice<UInt8>) -> Double? {
        guard let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".")
                || (first >= 48 && first <= 57) else { return nil }
        if let whole = integer(bytes) { return Double(whole) }
        // Leading zeros mark codes (`007`, `00.5`), not numbers.
        let digits = bytes.drop { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }
        if digits.count > 1, digits.first == UInt8(ascii: "0"), digits.dropFirst().first != UInt8(ascii: ".") { return nil }
        if let value = simpleDecimal(bytes) { return value }
        guard let value = Double(String(decoding: bytes, as: UTF8.self)), value.isFinite else { return nil }
        return value
    }

    /// `-12.345` without an exponent and with at most 15 digits, exactly as `Double(String)` reads it:
    /// both the digits and the power of ten are exact doubles, so one division rounds correctly
    /// (Clinger's fast path). Nil for anything else, which takes the general parser.
    static func simpleDecimal(_ bytes: ArraySlice<UInt8>) -> Double? {
        var index = bytes.startIndex
        var negative = false
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var mantissa: Int64 = 0, digits = 0, decimals = 0, sawPoint = false
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else if byte >= 48, byte <= 57 {
                mantissa = mantissa * 10 + Int64(byte - 48)
                digits += 1
                if sawPoint { decimals += 1 }
                guard digits <= 15 else { return nil }
            } else {
                return nil
            }
            index += 1
        }
        guard digits > 0 else { return nil }
        let powers: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15]
        let value = Double(mantissa) / powers[decimals]
        return negative ? -value : value
    }

    static func boolean(_ bytes: ArraySlice<UInt8>) -> Bool? {
        switch String(decoding: bytes, as: UTF8.self).lowercased() {
        case "true": true
        case "false": false
        default: nil
        }
    }
}
