/// A field of the form `[sign] digits [. digits]`, read in the one pass that finds where it stops:
/// nearly every field of a numeric CSV. ``integer`` and ``real`` give what
/// ``ColumnInference/integer(_:)`` and ``ColumnInference/real(_:)`` give for the same bytes, or nil
/// where those must decide (leading zeros, too many digits, an exponent after it).
struct PlainDecimal {
    /// The first byte after the number (the field's end when the field is only the number).
    let end: Int
    private let negative: Bool
    private let mantissa: UInt64
    private let integerDigits: Int, fractionDigits: Int
    private let hasPoint: Bool
    private let leadingZero: Bool
    private let length: Int

    /// Reads from `start`, stopping at the first byte that cannot continue the number, or at `limit`.
    @inline(__always) init(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to limit: Int) {
        var index = start
        var negative = false
        if index < limit, buffer[index] == UInt8(ascii: "-") || buffer[index] == UInt8(ascii: "+") {
            negative = buffer[index] == UInt8(ascii: "-")
            index &+= 1
        }
        leadingZero = index < limit && buffer[index] == UInt8(ascii: "0")
        // Past 18 digits the mantissa may wrap; such numbers are left to the general readers.
        var mantissa: UInt64 = 0
        let integerStart = index
        while index < limit, case let digit = buffer[index] &- 48, digit < 10 {
            mantissa = mantissa &* 10 &+ UInt64(digit)
            index &+= 1
        }
        integerDigits = index &- integerStart
        hasPoint = index < limit && buffer[index] == UInt8(ascii: ".")
        var fractionDigits = 0
        if hasPoint {
            index &+= 1
            let fractionStart = index
            while index < limit, case let digit = buffer[index] &- 48, digit < 10 {
                mantissa = mantissa &* 10 &+ UInt64(digit)
                index &+= 1
            }
            fractionDigits = index &- fractionStart
        }
        self.negative = negative
        self.mantissa = mantissa
        self.fractionDigits = fractionDigits
        end = index
        length = index &- start
    }

    /// The number as ``ColumnInference/integer(_:)`` reads it: up to 18 digits, no point, no leading zero.
    @inline(__always) var integer: Int64? {
        guard !hasPoint, integerDigits > 0, integerDigits <= 18, !(leadingZero && integerDigits > 1) else { return nil }
        return negative ? -Int64(mantissa) : Int64(mantissa)
    }

    /// The number as ``ColumnInference/real(_:)`` reads it, where that is Clinger's fast path: at
    /// most 15 significant digits (a mantissa below 10^15) over at most 10^22, one division.
    @inline(__always) var real: Double? {
        let digits = integerDigits &+ fractionDigits
        guard digits > 0, digits <= 18, mantissa < 1_000_000_000_000_000, fractionDigits <= 22, length < 64,
              !(leadingZero && integerDigits > 1) else { return nil }
        let whole = Double(mantissa)
        let value = fractionDigits == 0 ? whole : whole / ColumnInference.powerOfTen(fractionDigits)
        // `-0` reads as 0; `-0.0` keeps its sign, as strtod gives it.
        return negative && (mantissa != 0 || hasPoint) ? -value : value
    }
}
