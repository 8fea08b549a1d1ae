import BICore

/// Decides a column's type from its raw values and converts values to it.
enum CSVTypeInference {
    /// The narrowest type every non-empty value fits: integer, real, boolean, date, timestamp, else text.
    /// Integers with leading zeros (`007`, zip codes) stay text.
    static func infer<S: Sequence>(_ values: S) -> ColumnType where S.Element == ArraySlice<UInt8> {
        var candidates: Set<ColumnType> = [.integer, .real, .boolean, .date, .timestamp]
        var sawValue = false
        for value in values where !value.isEmpty {
            sawValue = true
            if candidates.contains(.integer), integer(value) == nil { candidates.remove(.integer) }
            if candidates.contains(.real), real(value) == nil { candidates.remove(.real) }
            if candidates.contains(.boolean), boolean(value) == nil { candidates.remove(.boolean) }
            if candidates.contains(.date) || candidates.contains(.timestamp) {
                let text = String(decoding: value, as: UTF8.self)
                if Day(iso: text) == nil { candidates.remove(.date) }
                if !Timestamp.isISO(text), Day(iso: text) == nil { candidates.remove(.timestamp) }
            }
            if candidates.isEmpty { return .text }
        }
        guard sawValue else { return .text }
        for type in [ColumnType.integer, .real, .boolean, .date, .timestamp] where candidates.contains(type) { return type }
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
        guard let value = Double(String(decoding: bytes, as: UTF8.self)), value.isFinite else { return nil }
        return value
    }

    static func boolean(_ bytes: ArraySlice<UInt8>) -> Bool? {
        switch String(decoding: bytes, as: UTF8.self).lowercased() {
        case "true": true
        case "false": false
        default: nil
        }
    }
}
